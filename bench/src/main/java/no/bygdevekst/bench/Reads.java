package no.bygdevekst.bench;

import static no.bygdevekst.bench.Bench.isService;
import static no.bygdevekst.bench.Bench.label;
import static no.bygdevekst.bench.Bench.ratios;
import static no.bygdevekst.bench.Bench.say;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The reads: the ceiling, the peer and one read of each service on the reference agreement, first
 * alone (one client, and what PostgreSQL did), then at the maximum rate (wrk) and at a steady rate
 * (hey), and the resident memory around that load.
 */
final class Reads {
  private final Bench.Settings settings;
  private final BenchStack stack;
  private final Api api;
  private final Table table;

  Reads(Bench.Settings settings, BenchStack stack, Api api, Table table) {
    this.settings = settings;
    this.stack = stack;
    this.api = api;
    this.table = table;
  }

  /**
   * One read the benchmark loads: the ceiling, the peer, or a service's; {@code minRate} is the
   * target share of the ceiling's requests/s (0: none).
   */
  private record ReadTarget(String label, String app, String path, double minRate) {
    boolean service() {
      return isService(app);
    }
  }

  /** Measures the reads of agreement {@code ref} and of its 2025 plan {@code plan2025}. */
  void run(String ref, String plan2025) throws Exception {
    List<ReadTarget> targets =
        List.of(
            new ReadTarget("ceiling: bare Quarkus GET /hello", BenchStack.HELLO, "/hello", 0),
            new ReadTarget(
                "peer: Quarkus + Panache GET /items/{id} (one row)",
                BenchStack.PEER,
                "/items/" + PeerData.ID,
                0),
            new ReadTarget(
                "agreement GET /api/v1/agreements/{id}",
                "agreement",
                "/api/v1/agreements/" + ref,
                0.32),
            new ReadTarget(
                "evaluation GET /api/v1/agreements/{id}/attainment?year=2025",
                "evaluation",
                "/api/v1/agreements/" + ref + "/attainment?year=2025",
                0.25),
            new ReadTarget(
                "actionplan GET /api/v1/action-plans/{id} ("
                    + settings.referenceMeasures()
                    + " measures)",
                "actionplan",
                "/api/v1/action-plans/" + plan2025,
                0.25),
            new ReadTarget(
                "funding GET /api/v1/agreements/{id}/funding?year=2025",
                "funding",
                "/api/v1/agreements/" + ref + "/funding?year=2025",
                0.25));
    String token = api.reader();
    for (ReadTarget t : targets) {
      Api.Response check = api.send("GET", t.app(), t.path(), token(t, token), null);
      if (check.status() != 200) {
        throw new IllegalStateException(
            t.label() + " answers " + check.status() + " " + check.body());
      }
      say("  %s: %d bytes, ETag %s", t.label(), check.body().length(), check.header("ETag"));
      Load.wrk(stack.url(t.app()) + t.path(), token(t, token), settings.warmupSeconds());
    }
    alone(targets, token);
    Map<String, List<Load.Result>> wrk = new LinkedHashMap<>();
    Map<String, List<Load.Result>> hey = new LinkedHashMap<>();
    Map<String, Double> peak = new LinkedHashMap<>();
    for (int r = 0; r < settings.rounds(); r++) {
      for (ReadTarget t : targets) {
        Load.Result w;
        try (Proc.PeakRss rss = new Proc.PeakRss(stack.pid(t.app()))) {
          w = Load.wrk(stack.url(t.app()) + t.path(), token(t, token), settings.wrkSeconds());
          peak.merge(t.app(), rss.peakMb(), Math::max);
        }
        wrk.computeIfAbsent(t.app(), k -> new ArrayList<>()).add(w);
        say(
            "  round %d wrk  %-70s %,9.0f req/s p50 %6.2f ms p99 %7.2f ms%s",
            r + 1, t.label(), w.perSecond(), w.p50(), w.p99(), failures(w));
      }
      for (ReadTarget t : targets) {
        Load.Result h =
            Load.hey(
                stack.url(t.app()) + t.path(),
                token(t, token),
                settings.heySeconds(),
                settings.heyRate());
        hey.computeIfAbsent(t.app(), k -> new ArrayList<>()).add(h);
        say(
            "  round %d hey  %-70s %,9.0f req/s p50 %6.2f ms p99 %7.2f ms%s",
            r + 1, t.label(), h.perSecond(), h.p50(), h.p99(), failures(h));
      }
    }
    String wrkSection = "Reads, wrk 2 threads 50 connections (maximum rate)";
    String heySection = "Reads at a steady " + settings.heyRate() + " req/s (hey, 10 workers)";
    for (ReadTarget t : targets) {
      Map<String, List<Double>> rps = figure(wrk, Load.Result::perSecond);
      Stats.Series own = new Stats.Series(rps.get(t.app()));
      Table.Ratios vs = ratios(t.app(), own, rps);
      boolean judged = t.minRate() > 0;
      table.add(
          wrkSection,
          t.label() + ": throughput",
          "req/s",
          own,
          vs,
          judged ? String.format(Locale.ROOT, ">= %.2f x ceiling", t.minRate()) : "",
          judged ? vs.ceiling() >= t.minRate() : null);
      addLatencies(wrkSection, t, wrk, false);
      long failed = wrk.get(t.app()).stream().mapToLong(Load.Result::failures).sum();
      if (failed > 0) {
        table.note(
            "wrk " + t.label() + ": " + failed + " failed responses (non-2xx or socket errors)");
      }
    }
    for (ReadTarget t : targets) {
      addLatencies(heySection, t, hey, true);
      long failed = hey.get(t.app()).stream().mapToLong(Load.Result::failures).sum();
      if (failed > 0) {
        table.note("hey " + t.label() + ": " + failed + " failed responses");
      }
    }
    Thread.sleep(5000);
    Map<String, Double> idle = new LinkedHashMap<>();
    for (String app : Bench.APPS) {
      idle.put(app, Proc.rssMb(stack.pid(app)));
    }
    memory(peak, idle);
  }

  /** The highest RSS under each application's wrk run, and its RSS 5 s after the read load. */
  private void memory(Map<String, Double> peakRssUnderLoad, Map<String, Double> idleRssAfterLoad) {
    String memory = "Resident memory around the read load (MB)";
    Map<String, List<Double>> peaks = new LinkedHashMap<>();
    Map<String, List<Double>> after = new LinkedHashMap<>();
    peakRssUnderLoad.forEach((app, mb) -> peaks.put(app, List.of(mb)));
    idleRssAfterLoad.forEach((app, mb) -> after.put(app, List.of(mb)));
    for (String app : Bench.APPS) {
      Stats.Series peak = new Stats.Series(peaks.getOrDefault(app, List.of(Double.NaN)));
      table.add(
          memory,
          label(app) + ": RSS peak under the wrk read load",
          "MB",
          peak,
          ratios(app, peak, peaks));
      Stats.Series idle = new Stats.Series(after.getOrDefault(app, List.of(Double.NaN)));
      table.add(
          memory,
          label(app) + ": RSS idle, 5 s after the read load",
          "MB",
          idle,
          ratios(app, idle, after),
          isService(app) ? "<= 250 MB" : "",
          isService(app) ? idle.median() <= 250 : null);
    }
  }

  /** p50 and p99 of one read; at a steady rate a service's p99 is judged: <= 2 x the ceiling's. */
  private void addLatencies(
      String section, ReadTarget t, Map<String, List<Load.Result>> results, boolean judgeP99) {
    Map<String, List<Double>> p50 = figure(results, Load.Result::p50);
    Map<String, List<Double>> p99 = figure(results, Load.Result::p99);
    Stats.Series own50 = new Stats.Series(p50.get(t.app()));
    table.add(section, t.label() + ": p50", "ms", own50, ratios(t.app(), own50, p50));
    Stats.Series own99 = new Stats.Series(p99.get(t.app()));
    Table.Ratios vs = ratios(t.app(), own99, p99);
    boolean judged = judgeP99 && t.service();
    table.add(
        section,
        t.label() + ": p99",
        "ms",
        own99,
        vs,
        judged ? "<= 2 x ceiling" : "",
        judged ? vs.ceiling() <= 2.0 : null);
  }

  /** What one request costs, alone: one client, one request at a time, and what PostgreSQL did. */
  private void alone(List<ReadTarget> targets, String token) throws Exception {
    int n = 200;
    String section = "What one read costs: one client, one request at a time (" + n + " requests)";
    Map<String, List<Double>> p50s = new LinkedHashMap<>();
    for (ReadTarget t : targets) {
      DbCost.Counters before = t.service() ? DbCost.read(stack, t.app()) : null;
      long[] nanos = new long[n];
      for (int i = 0; i < n; i++) {
        nanos[i] = api.send("GET", t.app(), t.path(), token(t, token), null).nanos();
      }
      String db = "";
      if (before != null) {
        Thread.sleep(1500); // PostgreSQL's statistics arrive a moment later
        DbCost.Counters after = DbCost.read(stack, t.app());
        double commits = (after.commits() - before.commits() - 1) / (double) n;
        double scans = (after.scans() - before.scans()) / (double) n;
        double rows = (after.rowsFetched() - before.rowsFetched()) / (double) n;
        db =
            String.format(
                Locale.ROOT,
                "; per request %.1f transactions, %.1f table scans, %.0f rows read",
                commits,
                scans,
                rows);
        table.add(
            section, t.label() + ": transactions per request", "count", Stats.Series.of(commits));
        table.add(
            section, t.label() + ": table scans per request", "count", Stats.Series.of(scans));
      }
      p50s.put(t.app(), List.of(Stats.percentileMs(nanos, 50)));
      Stats.Series p50 = new Stats.Series(p50s.get(t.app()));
      table.add(section, t.label() + ": p50", "ms", p50, ratios(t.app(), p50, p50s));
      say("  alone: %s p50 %.2f ms%s", t.label(), p50.median(), db);
    }
  }

  private String token(ReadTarget t, String token) {
    return t.service() ? token : null;
  }

  /** One figure of every application's runs, by application. */
  private static Map<String, List<Double>> figure(
      Map<String, List<Load.Result>> results, ToDoubleFunction<Load.Result> f) {
    Map<String, List<Double>> out = new LinkedHashMap<>();
    results.forEach(
        (app, runs) -> out.put(app, runs.stream().map(r -> f.applyAsDouble(r)).toList()));
    return out;
  }

  private static String failures(Load.Result r) {
    return r.failures() > 0 ? "  (" + r.failures() + " FAILED)" : "";
  }
}
