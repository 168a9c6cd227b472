package no.bygdevekst.platform.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import no.bygdevekst.platform.housekeeping.Housekeeping;
import no.bygdevekst.platform.housekeeping.RetentionConfig;
import org.junit.jupiter.api.Test;

/** What housekeeping removes from the outbox and the inbox, and what it never removes. */
@QuarkusTest
class HousekeepingTest {
  @Inject EntityManager em;
  @Inject RetentionConfig retention;

  @Test
  void theDefaultsKeepFourHundredDays() {
    assertEquals(Duration.ofDays(400), retention.outbox());
    assertEquals(Duration.ofDays(400), retention.inbox());
  }

  @Test
  void publishedEventsGoAfterTheirRetentionAndOnlyAsAPrefixInSeqOrder() throws Exception {
    // Earlier tests of the run may have emitted events with their clock moved years ahead
    // (ClockTest: 2031); such a row bounds the prefix below this test's rows. Clear what they
    // left, all published, first: as housekeeping would a century from now.
    awaitNothingPending();
    at(Instant.now().plus(Duration.ofDays(36_500))).run();
    UUID old = UUID.randomUUID();
    UUID young = UUID.randomUUID();
    OutboxTest.emit(old, 2, false, 202);
    awaitPublished(old, 2);
    Thread.sleep(20);
    Instant between = Instant.now();
    Thread.sleep(20);
    OutboxTest.emit(young, 1, false, 202);
    awaitPublished(young, 1);

    // Four hundred days after "between": the first two are past their retention, the last is not.
    Housekeeping.Removed removed = at(between.plus(retention.outbox())).run();
    assertTrue(removed.outboxRows() >= 2, "removed " + removed);
    assertEquals(0, rows(old));
    assertEquals(1, rows(young));
  }

  @Test
  void anUnpublishedEventIsNeverRemovedNorAnythingAfterIt() throws Exception {
    UUID waiting = UUID.randomUUID();
    UUID after = UUID.randomUUID();
    try (Connection relay = Db.connect()) {
      relay.setAutoCommit(false);
      try (Statement s = relay.createStatement()) {
        s.execute("select pg_advisory_xact_lock(" + 0x6f7574626f78L + ")"); // the relay waits
      }
      OutboxTest.emit(waiting, 1, false, 202);
      OutboxTest.emit(after, 1, false, 202);
      Db.update(
          "update outbox_event set published_at = now() where record_key = ?", after.toString());
      at(Instant.now().plus(Duration.ofDays(1000))).run();
      assertEquals(1, rows(waiting), "unpublished: kept");
      assertEquals(1, rows(after), "after an unpublished one: kept, so that no gap opens");
      relay.commit();
    }
    awaitPublished(waiting, 1);
  }

  @Test
  void inboxRowsGoAfterTheirRetention() {
    String consumer = "housekeeping-test-" + UUID.randomUUID();
    UUID old = UUID.randomUUID();
    UUID recent = UUID.randomUUID();
    Db.update(
        "insert into inbox_event (consumer, event_id, type, applied_at) values (?, ?, 't',"
            + " now() - interval '401 days'), (?, ?, 't', now() - interval '399 days')",
        consumer,
        old,
        consumer,
        recent);
    at(Instant.now()).run();
    assertEquals(
        0,
        Db.count(
            "select count(*) from inbox_event where consumer = ? and event_id = ?", consumer, old));
    assertEquals(
        1,
        Db.count(
            "select count(*) from inbox_event where consumer = ? and event_id = ?",
            consumer,
            recent));
  }

  private static void awaitNothingPending() {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> Db.count("select count(*) from outbox_event where published_at is null") == 0);
  }

  private Housekeeping at(Instant now) {
    return new Housekeeping(em, retention, Clock.fixed(now, ZoneOffset.UTC));
  }

  private static long rows(UUID agreement) {
    return Db.count("select count(*) from outbox_event where record_key = ?", agreement.toString());
  }

  private static void awaitPublished(UUID agreement, int count) {
    OutboxTest.awaitPublished(agreement, count, Duration.ofSeconds(30));
  }
}
