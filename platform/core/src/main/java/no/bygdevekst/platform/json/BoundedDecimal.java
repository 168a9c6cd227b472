package no.bygdevekst.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import no.bygdevekst.platform.problem.RefusedValue;

/**
 * A decimal number of a request body, as a JSON number or a decimal string, within {@link
 * InputBounds#decimalProblem}. The check reads precision and scale only, so {@code 1e999999999} is
 * refused at once: no service code ever turns it into a billion digits.
 */
final class BoundedDecimal extends StdScalarDeserializer<BigDecimal> {
  private static final String EXPECTED = "must be a number, such as 12 or 12.5";

  BoundedDecimal() {
    super(BigDecimal.class);
  }

  @Override
  public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    BigDecimal value =
        switch (p.currentToken()) {
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parsed(p);
          case VALUE_STRING -> fromText(p, p.getText().strip());
          default -> throw new RefusedValue(p, EXPECTED);
        };
    var problem = InputBounds.decimalProblem(value);
    if (problem.isPresent()) {
      throw new RefusedValue(p, problem.get());
    }
    return value;
  }

  private static BigDecimal parsed(JsonParser p) throws IOException {
    try {
      return p.getDecimalValue();
    } catch (JsonProcessingException | NumberFormatException e) {
      throw new RefusedValue(p, EXPECTED); // such as an exponent beyond what a number can have
    }
  }

  private static BigDecimal fromText(JsonParser p, String text) throws RefusedValue {
    if (text.length() > InputBounds.MAX_SCALAR_TEXT) {
      throw new RefusedValue(p, EXPECTED);
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new RefusedValue(p, EXPECTED);
    }
  }
}
