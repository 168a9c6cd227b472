package no.bygdevekst.platform.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The JSON mapper of the REST layer: the service's mapper with strict reading and {@link
 * InputBounds} on every text, number, date and list of every request body. Events and everything
 * else the services read keep the plain mapper: they were checked at the edge of the service that
 * wrote them.
 *
 * <p>Strict means: nothing after the document, a field at most once, an enum by its name only, a
 * boolean as {@code true} or {@code false} only, no empty string read as null, nesting at most
 * {@value #MAX_DEPTH} deep.
 */
@Provider
public class RequestJson implements ContextResolver<ObjectMapper> {
  static final int MAX_DEPTH = 32;

  private final ObjectMapper mapper;

  @Inject
  public RequestJson(ObjectMapper base) {
    this.mapper = strict(base);
  }

  /** A copy of {@code base} that reads request bodies strictly and within bounds. */
  public static ObjectMapper strict(ObjectMapper base) {
    ObjectMapper strict = base.copy();
    strict
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    strict.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    strict.enable(
        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    strict.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    strict
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    // "" (or "\u0000", which Jackson trims to "") is no UUID, enum value or object: never null
    strict
        .coercionConfigDefaults()
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    SimpleModule bounds = new SimpleModule("bygdevekst-input-bounds");
    bounds.addDeserializer(String.class, new BoundedText());
    bounds.addDeserializer(BigDecimal.class, new BoundedDecimal());
    bounds.addDeserializer(Integer.class, BoundedWholeNumber.ints(false));
    bounds.addDeserializer(int.class, BoundedWholeNumber.ints(true));
    bounds.addDeserializer(Long.class, BoundedWholeNumber.longs(false));
    bounds.addDeserializer(long.class, BoundedWholeNumber.longs(true));
    bounds.addDeserializer(LocalDate.class, IsoTemporal.dates());
    bounds.addDeserializer(Instant.class, IsoTemporal.instants());
    bounds.setDeserializerModifier(new CappedLists());
    strict.registerModule(bounds);
    return strict;
  }

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return mapper;
  }
}
