package no.bygdevekst.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value of a request body that is outside {@code json.InputBounds} or of the wrong kind. Its
 * message is written for the caller (it names what was expected, never a Java type); Jackson adds
 * the path of the field as it unwinds, and the problem mapper turns both into a 400 naming the
 * field.
 */
public class RefusedValue extends JsonMappingException {
  public RefusedValue(JsonParser parser, String message) {
    super(parser, message);
  }
}
