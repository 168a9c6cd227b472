package no.bygdevekst.platform.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Refuses {@code 10.5} where a whole number of øre is expected. Jackson would otherwise truncate it
 * silently to 10, and money must never be rounded behind the caller's back; in every service the
 * request gets a 400 naming the field instead, and such an event is dead-lettered.
 */
@Singleton
public class WholeNumbersOnly implements ObjectMapperCustomizer {
  @Override
  public void customize(ObjectMapper mapper) {
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
  }
}
