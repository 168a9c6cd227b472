package no.bygdevekst.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import no.bygdevekst.platform.testing.TopicReader;
import no.bygdevekst.platform.testing.infra.LocalPostgres;

/**
 * A broker outage under load: allocations (each one a FundsAllocated event that evaluation service
 * consumes) are sent at a steady rate while Kafka is stopped and, after a while, started again on
 * the same port and data. Then every event is followed from funding service's outbox to the topic
 * to evaluation service's inbox and read model, and counted.
 */
final class Outage {
  static final String ALLOCATED = "no.bygdevekst.funding.FundsAllocated";
  static final String CONSUMER = "funding-read-model";

  private final BenchStack stack;
  private final Fixtures fixtures;

  Outage(BenchStack stack, Fixtures fixtures) {
    this.stack = stack;
    this.fixtures = fixtures;
  }

  /** What happened, for the table. */
  record Report(
      int commands,
      int accepted,
      double commandP99Ms,
      double commandP99DuringOutageMs,
      int duringOutage,
      double kafkaStopSeconds,
      double kafkaStoppedSeconds,
      double kafkaStartSeconds,
      int outboxRows,
      int outboxPublished,
      int topicRecords,
      int topicDistinct,
      int inboxApplied,
      int grantsChecked,
      int grantsMatching,
      double catchUpSeconds,
      boolean exactlyOnce) {

    List<String> lines() {
      List<String> out = new ArrayList<>();
      out.add(
          String.format(
              "%d of %d allocation commands accepted (HTTP 201), %d of them while Kafka was down;"
                  + " command p99 %.1f ms overall, %.1f ms during the outage",
              accepted, commands, duringOutage, commandP99Ms, commandP99DuringOutageMs));
      out.add(
          String.format(
              "Kafka: stopping took %.1f s, stopped for %.1f s, starting again took %.1f s:"
                  + " unavailable for %.1f s in all",
              kafkaStopSeconds,
              kafkaStoppedSeconds,
              kafkaStartSeconds,
              kafkaStopSeconds + kafkaStoppedSeconds + kafkaStartSeconds));
      out.add(
          String.format(
              "funding outbox: %d FundsAllocated rows for the %d commands, %d published",
              outboxRows, accepted, outboxPublished));
      out.add(
          String.format(
              "topic bygdevekst.funding.events: %d records, %d distinct event ids (%d duplicates)",
              topicRecords, topicDistinct, topicRecords - topicDistinct));
      out.add(
          String.format(
              "evaluation inbox (%s): %d of %d events applied, each once (primary key)",
              CONSUMER, inboxApplied, accepted));
      out.add(
          String.format(
              "evaluation read model: %d of %d grants at their last grantVersion with totals equal to"
                  + " funding's",
              grantsMatching, grantsChecked));
      out.add(String.format("all applied %.1f s after Kafka was back", catchUpSeconds));
      out.add(
          exactlyOnce
              ? "RESULT: every one of the "
                  + commands
                  + " events was delivered and applied exactly once"
              : "RESULT: NOT every event was delivered and applied exactly once (see above)");
      return out;
    }
  }

  private record Sent(int status, long startNanos, long nanos, String grantId, long grantVersion) {}

  Report run(List<Fixtures.Plan> plans, List<String> grants, int commands, int outageSeconds)
      throws Exception {
    int before = 10;
    int after = 25; // stopping and starting Kafka take time too: commands go on after it is back
    double rate = commands / (double) (before + outageSeconds + after);
    ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
    AtomicInteger next = new AtomicInteger();
    int workers = 4;
    CountDownLatch done = new CountDownLatch(workers);
    long t0 = System.nanoTime();
    for (int w = 0; w < workers; w++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  int i;
                  while ((i = next.getAndIncrement()) < commands) {
                    long due = t0 + (long) (i / rate * 1e9);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    int g = i % grants.size();
                    long start = System.nanoTime();
                    Api.Response r =
                        fixtures.allocate(
                            plans.get(g),
                            grants.get(g),
                            fixtures.allocationBody(1 + (i / grants.size()) % 3, null, 1000, 500));
                    long version = r.status() == 201 ? r.json().path("grantVersion").asLong() : -1;
                    sent.add(new Sent(r.status(), start, r.nanos(), grants.get(g), version));
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                  System.err.println("  an outage command failed: " + e.getMessage());
                } finally {
                  done.countDown();
                }
              },
              "outage-" + w);
      t.start();
    }
    sleepUntil(t0 + before * 1_000_000_000L);
    long downAt = System.nanoTime();
    say("    stopping Kafka");
    stack.stopKafka();
    long stoppedAt = System.nanoTime();
    sleepUntil(stoppedAt + outageSeconds * 1_000_000_000L);
    say("    starting Kafka again on the same port and data");
    long startAt = System.nanoTime();
    stack.startKafka();
    long upAt = System.nanoTime();
    done.await();
    say("    commands done; following the events");

    List<Sent> all = new ArrayList<>(sent);
    List<Sent> ok = all.stream().filter(s -> s.status() == 201).toList();
    long[] allNanos = ok.stream().mapToLong(Sent::nanos).toArray();
    long[] duringNanos =
        ok.stream()
            .filter(s -> s.startNanos() >= downAt && s.startNanos() < upAt)
            .mapToLong(Sent::nanos)
            .toArray();
    Map<String, Long> lastVersion = new HashMap<>();
    ok.forEach(s -> lastVersion.merge(s.grantId(), s.grantVersion(), Math::max));

    // 1. funding's outbox: one FundsAllocated row per accepted command, all published
    Map<String, String> eventIds = new HashMap<>(); // event id -> grantId:grantVersion
    Set<String> expectedKeys = new HashSet<>();
    ok.forEach(s -> expectedKeys.add(s.grantId() + ":" + s.grantVersion()));
    int published = 0;
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (true) {
      eventIds.clear();
      published = 0;
      try (Connection c = db("funding");
          PreparedStatement q =
              c.prepareStatement(
                  "select id::text, payload->>'grantId', payload->>'grantVersion',"
                      + " published_at is not null from outbox_event where type = ?"
                      + " and payload->>'grantId' = any (?)")) {
        q.setString(1, ALLOCATED);
        q.setArray(2, c.createArrayOf("text", grants.toArray()));
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            String key = rs.getString(2) + ":" + rs.getString(3);
            if (expectedKeys.contains(key)) {
              eventIds.put(rs.getString(1), key);
              if (rs.getBoolean(4)) {
                published++;
              }
            }
          }
        }
      }
      if (published == eventIds.size() || System.nanoTime() > deadline) {
        break;
      }
      Thread.sleep(200);
    }

    // 2. evaluation's inbox: every event id applied (once: the primary key allows no second row)
    int applied = 0;
    long allAppliedAt = 0;
    while (true) {
      applied = countInbox(eventIds.keySet());
      if (applied >= eventIds.size()) {
        allAppliedAt = System.nanoTime();
        break;
      }
      if (System.nanoTime() > deadline) {
        break;
      }
      Thread.sleep(100);
    }

    // 3. the topic: how many records carry these event ids
    Map<String, Integer> onTopic = readTopic("bygdevekst.funding.events", eventIds.keySet());
    int records = onTopic.values().stream().mapToInt(Integer::intValue).sum();

    // 4. evaluation's read model: each grant at its last version, with funding's totals
    int matching = 0;
    for (String grant : grants) {
      if (readModelMatches(grant, lastVersion.getOrDefault(grant, -1L))) {
        matching++;
      }
    }
    boolean exactlyOnce =
        ok.size() == commands
            && eventIds.size() == ok.size()
            && published == ok.size()
            && onTopic.size() == ok.size()
            && applied == ok.size()
            && matching == grants.size();
    return new Report(
        commands,
        ok.size(),
        Stats.percentileMs(allNanos, 99),
        Stats.percentileMs(duringNanos, 99),
        duringNanos.length,
        (stoppedAt - downAt) / 1e9,
        (startAt - stoppedAt) / 1e9,
        (upAt - startAt) / 1e9,
        eventIds.size(),
        published,
        records,
        onTopic.size(),
        applied,
        grants.size(),
        matching,
        allAppliedAt == 0 ? Double.NaN : (allAppliedAt - upAt) / 1e9,
        exactlyOnce);
  }

  private int countInbox(Collection<String> ids) throws SQLException {
    try (Connection c = db("evaluation");
        PreparedStatement q =
            c.prepareStatement(
                "select count(*) from inbox_event where consumer = ? and event_id::text = any (?)")) {
      q.setString(1, CONSUMER);
      q.setArray(2, c.createArrayOf("text", ids.toArray()));
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** evaluation's grant_totals for the grant: the last version, and the sums funding shows. */
  private boolean readModelMatches(String grant, long version) throws SQLException {
    long modelVersion;
    long modelAllocated;
    long modelOwn;
    try (Connection c = db("evaluation");
        PreparedStatement q =
            c.prepareStatement(
                "select t.grant_version, coalesce(sum(s.allocated_ore), 0),"
                    + " coalesce(sum(s.own_resources_ore), 0) from grant_totals t"
                    + " left join grant_totals_sub_goal s on s.grant_id = t.grant_id"
                    + " where t.grant_id = ?::uuid group by t.grant_version")) {
      q.setString(1, grant);
      try (ResultSet rs = q.executeQuery()) {
        if (!rs.next()) {
          return false;
        }
        modelVersion = rs.getLong(1);
        modelAllocated = rs.getLong(2);
        modelOwn = rs.getLong(3);
      }
    }
    Api.Response view =
        fixtures
            .api()
            .require(
                200, "GET", "funding", "/api/v1/grants/" + grant, fixtures.api().reader(), null);
    JsonNode json = view.json();
    boolean totals =
        json.path("grantVersion").asLong() == modelVersion
            && json.path("allocatedOre").asLong() == modelAllocated
            && json.path("ownResourcesOre").asLong() == modelOwn;
    return modelVersion == version && totals;
  }

  /** Reads the whole topic from the start; counts the records of each wanted event id. */
  Map<String, Integer> readTopic(String topic, Set<String> wanted) {
    Map<String, Integer> counts = new HashMap<>();
    TopicReader.readAll(
            stack.config().bootstrapServers(), topic, r -> wanted.contains(Propagation.eventId(r)))
        .forEach(r -> counts.merge(Propagation.eventId(r), 1, Integer::sum));
    return counts;
  }

  private Connection db(String database) throws SQLException {
    return DriverManager.getConnection(stack.jdbcUrl(database), LocalPostgres.USER, "");
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long wait = nanoTime - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000);
    }
  }

  private static void say(String s) {
    System.out.println(s);
    System.out.flush();
  }
}
