package no.bygdevekst.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.util.Collection;
import no.bygdevekst.platform.problem.RefusedValue;

/**
 * Holds every list of a request body to {@link InputBounds#MAX_LIST_SIZE} elements, whether or not
 * its field has a {@code @Size} of its own: no service code ever loops over a list of a hundred
 * thousand sub-goal numbers.
 */
final class CappedLists extends BeanDeserializerModifier {
  @Override
  public JsonDeserializer<?> modifyCollectionDeserializer(
      DeserializationConfig config,
      CollectionType type,
      BeanDescription beanDesc,
      JsonDeserializer<?> deserializer) {
    return new Capped(deserializer);
  }

  private static final class Capped extends DelegatingDeserializer {
    Capped(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new Capped(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return checked(p, super.deserialize(p, ctxt));
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue)
        throws IOException {
      return checked(p, super.deserialize(p, ctxt, intoValue));
    }

    private static Object checked(JsonParser p, Object value) throws IOException {
      if (value instanceof Collection<?> list && list.size() > InputBounds.MAX_LIST_SIZE) {
        throw new RefusedValue(p, "must have at most " + InputBounds.MAX_LIST_SIZE + " elements");
      }
      return value;
    }
  }
}
