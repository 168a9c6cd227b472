package no.bygdevekst.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants as the services store them, and dates as the agreements count them, read from the
 * service's {@link Clock}.
 */
public final class Times {
  /** The calendar of the agreements: a start date comes at midnight in Norway. */
  public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

  private Times() {}

  /** Now, to the microsecond (PostgreSQL's precision), so that what is stored reads back equal. */
  public static Instant now(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** {@link #now} in UTC. */
  public static OffsetDateTime nowUtc(Clock clock) {
    return now(clock).atOffset(ZoneOffset.UTC);
  }

  /** Today's date in Norway. */
  public static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), NORWAY);
  }
}
