package no.bygdevekst.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import no.bygdevekst.platform.events.EventEnvelope;
import no.bygdevekst.platform.inbox.LatestVersions;
import no.bygdevekst.platform.probe.ProbeLatest;
import org.junit.jupiter.api.Test;

/** A read model of another service's aggregate keeps its highest version, under a row lock. */
@QuarkusTest
class LatestVersionsTest {
  @Inject LatestVersions latest;
  @Inject EntityManager em;

  @Test
  void anOlderOrARepeatedVersionChangesNothing() {
    UUID id = UUID.randomUUID();
    assertTrue(apply(id, 2, "to"));
    assertFalse(apply(id, 1, "en"));
    assertFalse(apply(id, 2, "to igjen"));
    assertEquals("to", label(id));
    assertTrue(apply(id, 3, "tre"));
    assertEquals("tre", label(id));
    assertEquals(3, version(id));
  }

  @Test
  void aWriteThatDoesNotStoreTheVersionIsRefused() {
    UUID id = UUID.randomUUID();
    assertThrows(
        IllegalStateException.class,
        () ->
            QuarkusTransaction.requiringNew()
                .run(
                    () ->
                        latest.apply(
                            ProbeLatest.class,
                            id,
                            4,
                            "vier",
                            event(id),
                            ProbeLatest::new,
                            (r, s, a) -> {})));
    assertEquals(
        null, QuarkusTransaction.requiringNew().call(() -> em.find(ProbeLatest.class, id)));
  }

  @Test
  void aNewerVersionBeingWrittenHoldsBackAnOlderOneUntilItCommits() throws Exception {
    UUID id = UUID.randomUUID();
    apply(id, 1, "en");
    CountDownLatch newerHoldsTheRow = new CountDownLatch(1);
    CompletableFuture<Boolean> newer =
        CompletableFuture.supplyAsync(
            () ->
                QuarkusTransaction.requiringNew()
                    .call(
                        () -> {
                          boolean applied = write(id, 3, "tre");
                          newerHoldsTheRow.countDown();
                          Thread.sleep(500); // commits later than the older one asks
                          return applied;
                        }));
    assertTrue(newerHoldsTheRow.await(10, TimeUnit.SECONDS));
    // Without the lock this would read version 1, and write 2 over the 3 being committed.
    boolean older = apply(id, 2, "to");
    assertTrue(newer.get(10, TimeUnit.SECONDS));
    assertFalse(older, "the older version waited for the newer one and then changed nothing");
    assertEquals(3, version(id));
    assertEquals("tre", label(id));
  }

  private boolean apply(UUID id, long version, String label) {
    return QuarkusTransaction.requiringNew().call(() -> write(id, version, label));
  }

  private boolean write(UUID id, long version, String label) {
    return latest.apply(
        ProbeLatest.class,
        id,
        version,
        label,
        event(id),
        ProbeLatest::new,
        (row, state, applied) -> {
          row.id = id;
          row.version = version;
          row.label = state;
        });
  }

  private static EventEnvelope event(UUID id) {
    return new EventEnvelope(
        UUID.randomUUID(),
        "/bygdevekst/probe-service",
        "no.bygdevekst.probe.ProbeChanged",
        id.toString(),
        OffsetDateTime.now(ZoneOffset.UTC),
        1,
        "bygdevekst.probe.events",
        0,
        0);
  }

  private static String label(UUID id) {
    return (String) Db.query("select label from probe_latest where id = ?", id).get(0)[0];
  }

  private static long version(UUID id) {
    return Db.count("select version from probe_latest where id = ?", id);
  }
}
