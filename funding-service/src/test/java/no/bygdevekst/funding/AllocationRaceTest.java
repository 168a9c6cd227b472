package no.bygdevekst.funding;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.bygdevekst.funding.Fixtures.SubGoal;
import no.bygdevekst.platform.inbox.EventInbox;
import no.bygdevekst.platform.testing.DevTokens;
import org.junit.jupiter.api.Test;

/** Limits hold when requests race: real parallel HTTP requests against one grant. */
@QuarkusTest
class AllocationRaceTest {
  static final int YEAR = 2025;
  static final int REQUESTS = 50;
  static final long GRANT = 1_000_000L;
  static final long EACH = 30_000L;

  @Inject EventInbox inbox;

  @Test
  void fiftyParallelAllocationsNeverExceedTheGrantAndEveryRefusalIs409() throws Exception {
    UUID agreementId = Fixtures.agreement(inbox);
    Fixtures.approvePlan(
        inbox, agreementId, YEAR, List.of(new SubGoal(1, 10 * GRANT, 0)), List.of());
    UUID grantId = Fixtures.grant(agreementId, YEAR, Fixtures.appropriation(YEAR, GRANT), GRANT);
    String token = DevTokens.municipality(Fixtures.TANA);
    String body = Fixtures.allocationJson(1, null, EACH, 0);

    ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> statuses = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      statuses.add(
          pool.submit(
              () -> {
                start.await();
                return given()
                    .auth()
                    .oauth2(token)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/grants/{id}/allocations", grantId)
                    .statusCode();
              }));
    }
    start.countDown();
    List<Integer> codes = new ArrayList<>();
    for (Future<Integer> status : statuses) {
      codes.add(status.get(120, TimeUnit.SECONDS));
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));

    Map<Integer, Long> byStatus =
        codes.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    long created = byStatus.getOrDefault(201, 0L);
    long refused = byStatus.getOrDefault(409, 0L);
    assertEquals(REQUESTS, created + refused, "only 201 and 409: " + byStatus);
    assertEquals(GRANT / EACH, created, "as many as fit: " + byStatus);

    long allocated =
        ((Number)
                given()
                    .auth()
                    .oauth2(DevTokens.reader())
                    .get("/api/v1/grants/{id}", grantId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("allocatedOre"))
            .longValue();
    assertTrue(allocated <= GRANT, "allocated " + allocated + " <= grant " + GRANT);
    assertEquals(created * EACH, allocated, "the successes add up exactly");
    int entries =
        given()
            .auth()
            .oauth2(DevTokens.reader())
            .get("/api/v1/grants/{id}/ledger?size=200", grantId)
            .then()
            .extract()
            .path("totalItems");
    assertEquals(1 + created, entries, "one award entry and one entry per success");
  }
}
