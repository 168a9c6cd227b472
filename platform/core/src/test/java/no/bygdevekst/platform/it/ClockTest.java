package no.bygdevekst.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.UUID;
import no.bygdevekst.platform.testing.TestClock;
import no.bygdevekst.platform.time.Times;
import org.junit.jupiter.api.Test;

/** One clock for every "now": a test sets and moves it, and the platform tells time by it. */
@QuarkusTest
class ClockTest {
  @Inject Clock clock;
  @Inject TestClock testClock;

  @Test
  void theServiceClockIsTheTestClockInUtc() {
    assertInstanceOf(TestClock.class, clock);
    assertEquals(ZoneOffset.UTC, clock.getZone());
    assertTrue(Duration.between(Instant.now(), clock.instant()).abs().toSeconds() < 5);
  }

  @Test
  void theOutboxTellsTheTimeOfTheServicesClock() {
    testClock.set(Instant.parse("2031-06-01T10:00:00Z"));
    UUID agreement = UUID.randomUUID();
    OutboxTest.emit(agreement, 1, false, 202);
    long occurred =
        Db.count(
            "select extract(epoch from occurred_at)::bigint from outbox_event where record_key = ?",
            agreement.toString());
    long expected = Instant.parse("2031-06-01T10:00:00Z").getEpochSecond();
    assertTrue(
        Math.abs(occurred - expected) < 60, "occurred at " + Instant.ofEpochSecond(occurred));
  }

  @Test
  void aTestMovesTheClockThroughTheYearAndBack() {
    testClock.setToday(LocalDate.of(2027, 1, 1));
    assertEquals(LocalDate.of(2027, 1, 1), Times.today(clock));
    testClock.advance(Period.ofMonths(6));
    assertEquals(LocalDate.of(2027, 7, 1), Times.today(clock));
    testClock.advance(Duration.ofDays(1));
    assertEquals(LocalDate.of(2027, 7, 2), Times.today(clock));
    testClock.reset();
    assertEquals(LocalDate.now(Times.NORWAY), Times.today(clock));
  }
}
