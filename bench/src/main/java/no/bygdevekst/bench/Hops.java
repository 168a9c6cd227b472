package no.bygdevekst.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Where the time of "approval answered -> funding view" goes, hop by hop, for each approval: from
 * the approval's commit to the relay picking the event up, the broker appending it, funding's
 * consumer taking it up, its commit, and the funding view showing it. Each point comes from what
 * the stack records anyway (see {@link Timeline}); all of them are read on this machine's one
 * clock.
 */
final class Hops {
  /**
   * One approval's points in time; null where a point is unknown.
   *
   * @param committed the approval's commit in actionplan-service ({@code pg_xact_commit_timestamp}
   *     of its audit row, which is never updated)
   * @param answered when the benchmark had the approval's {@code 200}
   * @param pickedUp the relay had read the outbox row and handed it to the producer ({@code
   *     outbox_event.published_at}: the relay takes that time once the batch is handed over, before
   *     the broker's acknowledgement)
   * @param appended the broker appended the record (its timestamp; the benchmark's topics keep the
   *     broker's time, {@code message.timestamp.type=LogAppendTime}; whole milliseconds)
   * @param takenUp funding's consumer began applying it ({@code inbox_event.applied_at}, the start
   *     of the inbox transaction, right after the poll handed the record over)
   * @param applied funding's inbox transaction committed ({@code pg_xact_commit_timestamp})
   * @param viewAsked the benchmark sent the {@code GET .../funding?year=} that showed the plan
   * @param seen that GET returned: the funding view showed the approved plan
   */
  record Timeline(
      String planId,
      Instant committed,
      Instant answered,
      Instant pickedUp,
      Instant appended,
      Instant takenUp,
      Instant applied,
      Instant viewAsked,
      Instant seen) {}

  /** A stretch between two points of a timeline. */
  record Hop(String label, Function<Timeline, Instant> from, Function<Timeline, Instant> to) {
    /** Milliseconds, or NaN when a point is unknown. */
    double millis(Timeline t) {
      Instant a = from.apply(t);
      Instant b = to.apply(t);
      return a == null || b == null ? Double.NaN : Duration.between(a, b).toNanos() / 1e6;
    }
  }

  static final List<Hop> CHAIN =
      List.of(
          new Hop(
              "approval committed -> relay picked it up", Timeline::committed, Timeline::pickedUp),
          new Hop(
              "relay picked it up -> broker appended it", Timeline::pickedUp, Timeline::appended),
          new Hop(
              "broker appended it -> funding's consumer took it up",
              Timeline::appended,
              Timeline::takenUp),
          new Hop(
              "consumer took it up -> applied (committed)", Timeline::takenUp, Timeline::applied),
          new Hop("applied -> funding view showed it", Timeline::applied, Timeline::seen));

  static final Hop TOTAL =
      new Hop(
          "in all: approval committed -> funding view showed it",
          Timeline::committed,
          Timeline::seen);

  /** Beside the chain: what the benchmark's own requests add at both ends. */
  static final List<Hop> BESIDE =
      List.of(
          new Hop(
              "beside: approval committed -> its 200 reached the client",
              Timeline::committed,
              Timeline::answered),
          new Hop(
              "beside: the GET of the funding view that showed it, alone",
              Timeline::viewAsked,
              Timeline::seen));

  /** The share of approvals, slowest first, whose hops explain the tail. */
  static final double TAIL = 0.01;

  private final List<Timeline> timelines;

  Hops(List<Timeline> timelines) {
    this.timelines = List.copyOf(timelines);
  }

  /** How many approvals have every point of the chain. */
  int complete() {
    return (int) timelines.stream().filter(t -> !Double.isNaN(TOTAL.millis(t))).count();
  }

  /** The slowest {@link #TAIL} of the complete timelines (at least one), by their total. */
  List<Timeline> slowest() {
    List<Timeline> done =
        timelines.stream()
            .filter(t -> !Double.isNaN(TOTAL.millis(t)))
            .sorted(Comparator.comparingDouble(TOTAL::millis).reversed())
            .toList();
    int n = Math.max(1, (int) Math.ceil(done.size() * TAIL));
    return done.subList(0, Math.min(n, done.size()));
  }

  /** The hop's p-th percentile over all approvals that have both its points, in ms. */
  double percentile(Hop hop, double p) {
    long[] nanos =
        timelines.stream()
            .mapToDouble(hop::millis)
            .filter(v -> !Double.isNaN(v))
            .mapToLong(v -> Math.round(v * 1e6))
            .toArray();
    return Stats.percentileMs(nanos, p);
  }

  /** The hop's mean over the slowest approvals, in ms. */
  double meanInTail(Hop hop) {
    return slowest().stream().mapToDouble(hop::millis).average().orElse(Double.NaN);
  }

  /** A markdown table: each hop's p50 and p99 over all approvals, and its mean in the tail. */
  String render() {
    List<Timeline> tail = slowest();
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "hop", "p50 ms", "p99 ms", "mean of the slowest " + pct() + " (" + tail.size() + ") ms"
        });
    List<Hop> all = all();
    for (Hop hop : all) {
      rows.add(
          new String[] {
            hop.label(), ms(percentile(hop, 50)), ms(percentile(hop, 99)), ms(meanInTail(hop))
          });
    }
    return Table.markdown(rows, new boolean[] {false, true, true, true});
  }

  /** Each approval's hops, for a second look: one line each, in ms. */
  String csv() {
    StringBuilder out = new StringBuilder("planId");
    List<Hop> all = all();
    all.forEach(h -> out.append(",\"").append(h.label()).append('"'));
    out.append('\n');
    for (Timeline t : timelines) {
      out.append(t.planId());
      all.forEach(h -> out.append(',').append(ms(h.millis(t))));
      out.append('\n');
    }
    return out.toString();
  }

  private static List<Hop> all() {
    List<Hop> all = new ArrayList<>(CHAIN);
    all.add(TOTAL);
    all.addAll(BESIDE);
    return all;
  }

  private static String pct() {
    return String.format(Locale.ROOT, "%.0f %%", TAIL * 100);
  }

  private static String ms(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
  }
}
