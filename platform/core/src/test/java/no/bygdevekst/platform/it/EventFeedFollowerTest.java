package no.bygdevekst.platform.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import no.bygdevekst.platform.events.CloudEvents;
import no.bygdevekst.platform.testing.DevTokens;
import no.bygdevekst.platform.testing.TopicReader;
import no.bygdevekst.platform.testsupport.RestartableKafkaResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The feed's promise under load: while eight writers commit concurrently for ten seconds (some of
 * them rolling back), a follower that long-polls the feed sees every event exactly once, in
 * publication order, with no gap in the sequence, and the same events as the Kafka topic, field by
 * field and in the same order per agreement.
 */
@QuarkusTest
class EventFeedFollowerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int WRITERS = 8;
  private static final Duration WRITING = Duration.ofSeconds(10);

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aLongPollingFollowerSeesEveryEventOnceInOrderAsTheTopicHasThem() throws Exception {
    long start = Db.count("select last_sequence from outbox_feed_head");
    List<UUID> agreements = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      agreements.add(UUID.randomUUID());
    }
    Set<String> ours = new HashSet<>();
    agreements.forEach(a -> ours.add(a.toString()));

    ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
    AtomicInteger committed = new AtomicInteger();
    AtomicLong stopAt = new AtomicLong(Long.MAX_VALUE);
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    List<JsonNode> seen = new ArrayList<>();
    Future<?> follower = pool.submit(() -> follow(start, stopAt, seen, problems));
    long until = System.nanoTime() + WRITING.toNanos();
    List<Future<?>> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      writers.add(pool.submit(() -> write(agreements, until, committed, problems)));
    }
    for (Future<?> writer : writers) {
      writer.get(2, TimeUnit.MINUTES);
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> Db.count("select count(*) from outbox_event where published_at is null") == 0);
    stopAt.set(Db.count("select last_sequence from outbox_feed_head"));
    follower.get(2, TimeUnit.MINUTES);
    pool.shutdown();
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));

    // every event once, in order, no gap: the sequence runs on by one from where the follower began
    long expected = start;
    Set<String> ids = new HashSet<>();
    for (JsonNode event : seen) {
      assertEquals(++expected, event.get("sequence").asLong(), "no gap, no repeat");
      assertTrue(ids.add(event.get("id").asText()), "seen once: " + event.get("id"));
    }
    List<JsonNode> mine =
        seen.stream().filter(e -> ours.contains(e.get("subject").asText())).toList();
    assertTrue(committed.get() > WRITERS, "the writers committed " + committed.get());
    assertEquals(committed.get(), mine.size(), "every committed event, none rolled back");

    // the same as the topic, field by field, in the same order per agreement
    List<ConsumerRecord<String, byte[]>> records =
        TopicReader.awaitRecords(
            RestartableKafkaResource.bootstrapServers(),
            OutboxTest.TOPIC,
            r -> ours.contains(r.key()),
            mine.size(),
            Duration.ofSeconds(60));
    Map<String, ConsumerRecord<String, byte[]>> byId = new LinkedHashMap<>();
    Map<String, List<String>> topicOrder = new LinkedHashMap<>();
    for (ConsumerRecord<String, byte[]> r : records) {
      String id = OutboxTest.header(r, CloudEvents.H_ID);
      if (byId.putIfAbsent(id, r) == null) { // a resent record repeats an id: the first counts
        topicOrder.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(id);
      }
    }
    assertEquals(mine.size(), byId.size(), "the topic has as many distinct events");
    Map<String, List<String>> feedOrder = new LinkedHashMap<>();
    for (JsonNode event : mine) {
      String id = event.get("id").asText();
      ConsumerRecord<String, byte[]> r = byId.get(id);
      assertTrue(r != null, "on the topic: " + id);
      assertEquals("1.0", event.get("specversion").asText());
      assertEquals(OutboxTest.header(r, CloudEvents.H_SOURCE), event.get("source").asText());
      assertEquals(OutboxTest.header(r, CloudEvents.H_TYPE), event.get("type").asText());
      assertEquals(OutboxTest.header(r, CloudEvents.H_SUBJECT), event.get("subject").asText());
      assertEquals(r.key(), event.get("subject").asText());
      assertEquals(OutboxTest.header(r, CloudEvents.H_TIME), event.get("time").asText());
      assertEquals(
          OutboxTest.header(r, CloudEvents.H_SCHEMAVERSION), event.get("schemaversion").asText());
      assertEquals(
          OutboxTest.header(r, CloudEvents.H_CONTENT_TYPE), event.get("datacontenttype").asText());
      assertEquals(JSON.readTree(r.value()), event.get("data"), "data of " + id);
      feedOrder.computeIfAbsent(event.get("subject").asText(), k -> new ArrayList<>()).add(id);
    }
    assertEquals(topicOrder, feedOrder, "the same order per agreement");
  }

  private void write(
      List<UUID> agreements,
      long until,
      AtomicInteger committed,
      ConcurrentLinkedQueue<String> problems) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (System.nanoTime() < until) {
      UUID agreement = agreements.get(random.nextInt(agreements.size()));
      int count = 1 + random.nextInt(3);
      boolean fail = random.nextInt(10) == 0;
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(
                        uri(
                            "/api/v1/probes/events/"
                                + agreement
                                + "?count="
                                + count
                                + "&fail="
                                + fail))
                    .header("Authorization", "Bearer " + DevTokens.kdd())
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 202 && !fail) {
          committed.addAndGet(count);
        } else if (response.statusCode() != 409 || !fail) {
          problems.add("write answered " + response.statusCode() + ": " + response.body());
        }
      } catch (Exception e) {
        problems.add("write failed: " + e);
      }
    }
  }

  private void follow(
      long start, AtomicLong stopAt, List<JsonNode> seen, ConcurrentLinkedQueue<String> problems) {
    String token = DevTokens.reader();
    long after = start;
    try {
      while (after < stopAt.get()) {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(uri("/api/v1/events?size=50&wait=5&after=" + after))
                    .header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(30))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
          problems.add("feed answered " + response.statusCode() + ": " + response.body());
          return;
        }
        JsonNode page = JSON.readTree(response.body());
        page.get("events").forEach(seen::add);
        long next = page.get("next").asLong();
        if (next < after) {
          problems.add("next went back from " + after + " to " + next);
          return;
        }
        after = next;
      }
    } catch (Exception e) {
      problems.add("follower failed: " + e);
    }
  }

  private static URI uri(String path) {
    return URI.create("http://localhost:" + RestAssured.port + path);
  }
}
