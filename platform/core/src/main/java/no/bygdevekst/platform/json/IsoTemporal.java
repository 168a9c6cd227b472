package no.bygdevekst.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import no.bygdevekst.platform.problem.RefusedValue;

/**
 * A date or a moment of a request body: an ISO 8601 string only, never a number (which Jackson
 * would read as days or seconds since 1970), on a day within {@link InputBounds#dateProblem}.
 */
final class IsoTemporal<T> extends StdScalarDeserializer<T> {
  private final String expected;
  private final Function<String, T> parse;
  private final Function<T, LocalDate> day;

  private IsoTemporal(
      Class<T> type, String expected, Function<String, T> parse, Function<T, LocalDate> day) {
    super(type);
    this.expected = expected;
    this.parse = parse;
    this.day = day;
  }

  /** {@code 2025-03-10}. */
  static IsoTemporal<LocalDate> dates() {
    return new IsoTemporal<>(
        LocalDate.class,
        "must be a date as YYYY-MM-DD, such as 2025-03-10",
        text -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE),
        date -> date);
  }

  /** {@code 2025-03-10T09:00:00Z} or {@code 2025-03-10T10:00:00+01:00}: the offset is required. */
  static IsoTemporal<Instant> instants() {
    return new IsoTemporal<>(
        Instant.class,
        "must be a date and time with its offset, such as 2025-03-10T09:00:00Z",
        text -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant(),
        moment -> moment.atOffset(ZoneOffset.UTC).toLocalDate());
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_STRING) || p.getTextLength() > InputBounds.MAX_SCALAR_TEXT) {
      throw new RefusedValue(p, expected);
    }
    T value;
    try {
      value = parse.apply(p.getText().strip());
    } catch (DateTimeParseException e) {
      throw new RefusedValue(p, expected);
    }
    var problem = InputBounds.dateProblem(day.apply(value));
    if (problem.isPresent()) {
      throw new RefusedValue(p, problem.get());
    }
    return value;
  }
}
