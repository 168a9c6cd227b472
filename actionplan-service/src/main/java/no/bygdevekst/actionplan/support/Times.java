package no.bygdevekst.actionplan.support;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Instants as the service stores them: UTC, to the microsecond (PostgreSQL's precision). */
public final class Times {
  private Times() {}

  public static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}
