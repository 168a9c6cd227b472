package no.bygdevekst.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import no.bygdevekst.platform.problem.RefusedValue;

/**
 * Text of a request body: a JSON string only (never a number or a boolean turned into text), within
 * {@link InputBounds#textProblem}. PostgreSQL refuses a NUL byte outright, and the other control
 * characters have no place in an agreement, a plan or a name; tab and line breaks stay allowed for
 * the free-text fields.
 */
final class BoundedText extends StdScalarDeserializer<String> {
  BoundedText() {
    super(String.class);
  }

  @Override
  public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      throw new RefusedValue(p, "must be text (a JSON string)");
    }
    String text = p.getText();
    var problem = InputBounds.textProblem(text, true);
    if (problem.isPresent()) {
      throw new RefusedValue(p, problem.get());
    }
    return text;
  }
}
