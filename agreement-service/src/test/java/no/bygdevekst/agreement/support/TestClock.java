package no.bygdevekst.agreement.support;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Replaces the service's clock in tests so that a test can move "today", for example to the start
 * date of an agreement. Always {@link #reset()} in a {@code finally}.
 */
@Singleton
public class TestClock extends Clock {
  private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
  private volatile Duration offset = Duration.ZERO;

  @Override
  public ZoneId getZone() {
    return NORWAY;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(Clock.system(zone), offset);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  /** Moves "today" to {@code day}, keeping the time of day. */
  public void setToday(LocalDate day) {
    offset = Duration.ofDays(day.toEpochDay() - LocalDate.now(NORWAY).toEpochDay());
  }

  public void reset() {
    offset = Duration.ZERO;
  }
}
