package no.bygdevekst.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.function.LongFunction;
import no.bygdevekst.platform.problem.RefusedValue;

/**
 * A whole number of a request body: a JSON integer only (never {@code 10.5}, {@code 1e3} or {@code
 * "10"}), within the range of its Java type. A {@code long} field named {@code ...Ore} is an amount
 * of money and is held to {@link InputBounds#MAX_AMOUNT_ORE} as well, so that sums of amounts stay
 * far from overflowing.
 */
final class BoundedWholeNumber<T extends Number> extends StdScalarDeserializer<T>
    implements ContextualDeserializer {
  private final long min;
  private final long max;
  private final LongFunction<T> box;
  private final T nullValue;
  private final boolean amount;

  private BoundedWholeNumber(
      Class<T> type, long min, long max, LongFunction<T> box, T nullValue, boolean amount) {
    super(type);
    this.min = min;
    this.max = max;
    this.box = box;
    this.nullValue = nullValue;
    this.amount = amount;
  }

  static BoundedWholeNumber<Integer> ints(boolean primitive) {
    return new BoundedWholeNumber<>(
        Integer.class,
        Integer.MIN_VALUE,
        Integer.MAX_VALUE,
        v -> (int) v,
        primitive ? 0 : null,
        false);
  }

  static BoundedWholeNumber<Long> longs(boolean primitive) {
    return new BoundedWholeNumber<>(
        Long.class, Long.MIN_VALUE, Long.MAX_VALUE, v -> v, primitive ? 0L : null, false);
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
    boolean money =
        Long.class.equals(handledType())
            && property != null
            && property.getName().endsWith(InputBounds.AMOUNT_SUFFIX);
    if (money == amount) {
      return this;
    }
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) handledType();
    return new BoundedWholeNumber<>(type, min, max, box, nullValue, money);
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
      throw new RefusedValue(
          p, amount ? "must be a whole number of øre, such as 150000" : "must be a whole number");
    }
    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
        || p.getLongValue() < min
        || p.getLongValue() > max) {
      throw new RefusedValue(p, "must be a whole number from " + min + " to " + max);
    }
    long value = p.getLongValue();
    if (amount) {
      var problem = InputBounds.amountProblem(value);
      if (problem.isPresent()) {
        throw new RefusedValue(p, problem.get());
      }
    }
    return box.apply(value);
  }

  @Override
  public T getNullValue(DeserializationContext ctxt) {
    return nullValue; // 0 for a primitive, as Jackson gives it
  }
}
