package no.bygdevekst.agreement.config;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The service's clock. Dates such as "the start date has come" are Norwegian dates; tests replace
 * this bean to move "today".
 */
public class Clocks {
  public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

  @Produces
  @DefaultBean
  @Singleton
  Clock clock() {
    return Clock.system(NORWAY);
  }
}
