package no.bygdevekst.platform.testing;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of a service under {@code @QuarkusTest}, in place of the platform's system clock: UTC,
 * running at the system's pace, but a test can set it and move it forward (through a whole year of
 * an agreement, say). Inject it and move it:
 *
 * <pre>{@code
 * @Inject TestClock clock;
 *
 * clock.setToday(LocalDate.of(2026, 1, 1)); // the start date of an agreement
 * clock.advance(Period.ofMonths(3));        // a quarter later
 * }</pre>
 *
 * <p>It is reset to the system's time after every test method, so no test leaks its time into the
 * next one.
 */
@Singleton
public class TestClock extends Clock {
  /** The agreements' calendar, as the platform's {@code Times.NORWAY}. */
  private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

  private volatile Duration offset = Duration.ZERO;

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    TestClock moved = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return moved.withZone(other);
      }

      @Override
      public Instant instant() {
        return moved.instant();
      }
    };
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  /** Now is {@code instant}; the clock runs on from there. */
  public void set(Instant instant) {
    offset = Duration.between(Instant.now(), instant);
  }

  /** Moves "today" in Norway to {@code day}, keeping the time of day. */
  public void setToday(LocalDate day) {
    advance(Period.between(LocalDate.ofInstant(instant(), NORWAY), day));
  }

  public void advance(Duration duration) {
    offset = offset.plus(duration);
  }

  /** Moves the clock by calendar days, months or years as they fall in Norway. */
  public void advance(Period period) {
    set(instant().atZone(NORWAY).plus(period).toInstant());
  }

  /** Back to the system's time. */
  public void reset() {
    offset = Duration.ZERO;
  }

  /** Resets the clock after each test method of a {@code @QuarkusTest}. */
  public static final class ResetAfterEachTest implements QuarkusTestAfterEachCallback {
    @Override
    public void afterEach(QuarkusTestMethodContext context) {
      if (Arc.container() == null) {
        return;
      }
      try (InstanceHandle<TestClock> clock = Arc.container().instance(TestClock.class)) {
        if (clock.isAvailable()) {
          clock.get().reset();
        }
      }
    }
  }
}
