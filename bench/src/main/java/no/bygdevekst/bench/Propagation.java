package no.bygdevekst.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.bygdevekst.platform.testing.TopicReader;
import no.bygdevekst.platform.testing.infra.LocalPostgres;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.TimestampType;

/**
 * Plan approvals, one at a time, each followed until funding-service's view shows it; then, from
 * what the databases and the topic recorded, each approval's way hop by hop ({@link Hops}).
 */
final class Propagation {
  static final String TOPIC = "bygdevekst.actionplan.events";
  static final String PLAN_APPROVED = "no.bygdevekst.actionplan.PlanApproved";

  /**
   * What the benchmark itself saw of one approval: the approval's own time, from its answer to the
   * view showing it, and on the wall clock its answer, when the GET that showed it was sent, and
   * when that GET returned.
   */
  record Approval(
      Fixtures.Plan plan,
      long approvalNanos,
      long answeredToSeenNanos,
      Instant answered,
      Instant viewAsked,
      Instant seen) {}

  private final BenchStack stack;
  private final Fixtures fixtures;

  Propagation(BenchStack stack, Fixtures fixtures) {
    this.stack = stack;
    this.fixtures = fixtures;
  }

  /** Approves the plan and polls the funding view (1 ms pauses) until it shows the plan. */
  Approval approveAndFollow(Fixtures.Plan plan, String token) throws InterruptedException {
    Api.Response approved = fixtures.approve(plan);
    long answered = System.nanoTime();
    Instant answeredAt = Instant.now();
    String path = "/api/v1/agreements/" + plan.agreement().id() + "/funding?year=" + plan.year();
    long deadline = answered + 30_000_000_000L;
    while (true) {
      Instant asked = Instant.now();
      Api.Response view = fixtures.api().send("GET", "funding", path, token, null);
      if (view.status() == 200
          && plan.id().equals(view.json().path("plan").path("planId").asText())) {
        return new Approval(
            plan, approved.nanos(), System.nanoTime() - answered, answeredAt, asked, Instant.now());
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the funding view never showed plan " + plan.id());
      }
      Thread.sleep(1);
    }
  }

  /** Each approval's timeline, from actionplan's and funding's tables and the topic. */
  Hops hops(List<Approval> approvals) throws SQLException {
    List<String> planIds = approvals.stream().map(a -> a.plan().id()).toList();
    Map<String, Source> sources = new HashMap<>(); // by plan id
    try (Connection c = db("actionplan");
        PreparedStatement q =
            c.prepareStatement(
                "select o.payload->>'planId', o.id::text, o.published_at,"
                    + " pg_xact_commit_timestamp(a.xmin)"
                    + " from outbox_event o join audit_record a"
                    + " on a.aggregate_id = (o.payload->>'planId')::uuid"
                    + " and a.action = 'plan.approved'"
                    + " where o.type = ? and o.payload->>'planId' = any (?)")) {
      q.setString(1, PLAN_APPROVED);
      q.setArray(2, c.createArrayOf("text", planIds.toArray()));
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          sources.put(rs.getString(1), new Source(rs.getString(2), at(rs, 3), at(rs, 4)));
        }
      }
    }
    Map<String, Instant[]> inbox = new HashMap<>(); // by event id: taken up, applied
    try (Connection c = db("funding");
        PreparedStatement q =
            c.prepareStatement(
                "select event_id::text, min(applied_at), max(pg_xact_commit_timestamp(xmin))"
                    + " from inbox_event where event_id::text = any (?) group by event_id")) {
      q.setArray(
          1, c.createArrayOf("text", sources.values().stream().map(Source::eventId).toArray()));
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          inbox.put(rs.getString(1), new Instant[] {at(rs, 2), at(rs, 3)});
        }
      }
    }
    Map<String, Instant> appended = brokerTimes(sources);
    List<Hops.Timeline> timelines = new ArrayList<>();
    for (Approval a : approvals) {
      Source s = sources.get(a.plan().id());
      String event = s == null ? null : s.eventId();
      Instant[] in = inbox.getOrDefault(event, new Instant[2]);
      timelines.add(
          new Hops.Timeline(
              a.plan().id(),
              s == null ? null : s.committed(),
              a.answered(),
              s == null ? null : s.publishedAt(),
              appended.get(event),
              in[0],
              in[1],
              a.viewAsked(),
              a.seen()));
    }
    return new Hops(timelines);
  }

  private record Source(String eventId, Instant publishedAt, Instant committed) {}

  /** The broker's append time of each event's record; none if the topic keeps producer times. */
  private Map<String, Instant> brokerTimes(Map<String, Source> sources) {
    Set<String> wanted = new HashSet<>();
    sources.values().forEach(s -> wanted.add(s.eventId()));
    Map<String, Instant> times = new HashMap<>();
    for (ConsumerRecord<String, byte[]> r :
        TopicReader.readAll(
            stack.config().bootstrapServers(), TOPIC, r -> wanted.contains(eventId(r)))) {
      if (r.timestampType() == TimestampType.LOG_APPEND_TIME) {
        times.putIfAbsent(eventId(r), Instant.ofEpochMilli(r.timestamp()));
      }
    }
    return times;
  }

  static String eventId(ConsumerRecord<String, byte[]> r) {
    Header id = r.headers().lastHeader("ce_id");
    return id == null ? null : new String(id.value(), StandardCharsets.UTF_8);
  }

  private static Instant at(ResultSet rs, int column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private Connection db(String database) throws SQLException {
    return DriverManager.getConnection(stack.jdbcUrl(database), LocalPostgres.USER, "");
  }
}
