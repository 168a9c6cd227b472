package no.bygdevekst.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark: starts its own stack, creates its data through the APIs, measures, prints a table
 * and writes it to {@code bench/target/results-<time>.md}. Run it with {@code bench/run}.
 */
public final class Bench {
  /** How much of everything: the full run, or the smoke run ({@code --quick}). */
  record Settings(
      int rounds,
      int warmupSeconds,
      int wrkSeconds,
      int heySeconds,
      int heyRate,
      int writeSeconds,
      int writeWorkers,
      int approvalsPerRound,
      int outageCommands,
      int outageSeconds,
      int scaleAgreements,
      int scaleMeasures,
      int scaleAllocations,
      int scaleClients,
      int referenceMeasures,
      int setupThreads) {
    static Settings full() {
      return new Settings(3, 8, 10, 10, 500, 10, 8, 200, 1000, 30, 100, 200, 20, 2, 30, 4);
    }

    static Settings quick() {
      return new Settings(1, 3, 5, 5, 500, 5, 4, 100, 200, 10, 8, 50, 10, 2, 30, 4);
    }
  }

  static final List<String> APPS =
      List.of(BenchStack.HELLO, "agreement", "actionplan", "funding", "evaluation");

  private final Settings settings;
  private final boolean quick;
  private final Path root;
  private final BenchStack stack;
  private final Api api;
  private final Fixtures fixtures;
  private final Table table = new Table();
  private final List<String> phaseLog = new ArrayList<>();
  private final long began = System.nanoTime();
  private final String loadAtStart = loadAverage();

  private Bench(Settings settings, boolean quick, Path root, Path data) throws Exception {
    this.settings = settings;
    this.quick = quick;
    this.root = root;
    this.stack = new BenchStack(root, data);
    this.api = new Api(stack);
    this.fixtures = new Fixtures(api, root);
  }

  public static void main(String[] args) throws Exception {
    boolean quick = List.of(args).contains("--quick");
    java.util.Set<String> only = new java.util.LinkedHashSet<>();
    for (String arg : args) {
      if (arg.startsWith("--only=")) {
        only.addAll(List.of(arg.substring(7).split(",")));
      }
    }
    Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
    Path data =
        Path.of(System.getProperty("bench.data", root.resolve("bench/target/stack").toString()))
            .toAbsolutePath();
    Bench bench = new Bench(quick ? Settings.quick() : Settings.full(), quick, root, data);
    bench.only.addAll(only);
    BenchStack.deleteTree(root.resolve("bench/target/raw"));
    Load.rawDir = root.resolve("bench/target/raw");
    Runtime.getRuntime().addShutdownHook(new Thread(bench.stack::close, "bench-stop"));
    int code = 0;
    try {
      BenchStack.deleteTree(data);
      bench.run();
    } catch (Exception | Error e) {
      System.err.println("The benchmark failed: " + e);
      e.printStackTrace();
      code = 1;
    } finally {
      bench.stack.close();
    }
    System.exit(code);
  }

  // ---------------------------------------------------------------------------------------------

  private final java.util.Set<String> only = new java.util.LinkedHashSet<>();
  private int approvedCount;

  private boolean wanted(String phase) {
    return only.isEmpty() || only.contains(phase);
  }

  /** Approves submitted plans, unmeasured, until {@code n} of them are approved. */
  private void ensureApproved(int n) {
    while (approvedCount < n) {
      fixtures.approve(propagationPlans.get(approvedCount++));
    }
  }

  private Fixtures.Agreement reference;
  private final List<Fixtures.Plan> referencePlans = new ArrayList<>();
  private final List<Fixtures.Plan> propagationPlans = Collections.synchronizedList(new ArrayList<>());
  private final List<List<Fixtures.Plan>> measurePlans = new ArrayList<>();
  private final Map<String, Double> idleRssAfterLoad = new LinkedHashMap<>();
  private final Map<String, Double> peakRssUnderLoad = new LinkedHashMap<>();

  private void run() throws Exception {
    say(
        "Bygdevekst benchmark (%s): %d round(s); machine load average at start %s",
        quick ? "quick" : "full", settings.rounds(), loadAtStart);
    phase("start the stack");
    stack.checkPortsFree();
    say("  ports: %s", stack.ports());
    stack.startPostgres();
    stack.startKafka();
    for (String app : APPS) {
      Duration first = stack.start(app);
      say("  %s ready in %.2f s (first start: migrations on an empty database)", app, secs(first));
    }

    if (wanted("startup")) {
      phase("start-up and idle memory");
      startup();
    }
    if (wanted("reads") || wanted("propagation") || wanted("writes") || wanted("outage")) {
      phase("reference data through the APIs");
      setUp();
    }
    if (wanted("reads")) {
      phase("reads");
      reads();
    }
    if (wanted("propagation")) {
      phase("event propagation");
      propagation();
    }
    if (wanted("writes")) {
      phase("writes");
      writes();
    }
    if (wanted("outage")) {
      phase("broker outage");
      outage();
    }
    if (wanted("scale")) {
      phase("scale");
      scale();
    }

    phase("done");
    report();
  }

  // --- start-up ----------------------------------------------------------------------------------

  private void startup() throws Exception {
    Map<String, List<Double>> ready = new LinkedHashMap<>();
    Map<String, List<Double>> logged = new LinkedHashMap<>();
    Map<String, List<Double>> idle = new LinkedHashMap<>();
    for (int r = 0; r < settings.rounds(); r++) {
      for (String app : APPS) {
        stack.stop(app);
        Duration d = stack.start(app);
        ready.computeIfAbsent(app, k -> new ArrayList<>()).add(secs(d));
        logged.computeIfAbsent(app, k -> new ArrayList<>()).add(stack.loggedStartSeconds(app));
      }
      Thread.sleep(5000);
      for (String app : APPS) {
        idle.computeIfAbsent(app, k -> new ArrayList<>()).add(Proc.rssMb(stack.pid(app)));
      }
      say(
          "  round %d: ready %s s; idle RSS %s MB",
          r + 1, last(ready), last(idle));
    }
    for (String app : APPS) {
      String label = label(app);
      Stats.Series readySeries = new Stats.Series(ready.get(app));
      table.add(
          "Start-up to ready (launch to /q/health/ready 200) and resident memory",
          label + ": start-up to ready",
          "s",
          readySeries,
          ratio(readySeries, new Stats.Series(ready.get(BenchStack.HELLO))),
          BenchStack.HELLO.equals(app) ? "" : "<= 3 s",
          BenchStack.HELLO.equals(app) ? null : readySeries.median() <= 3.0);
      table.add(
          "Start-up to ready (launch to /q/health/ready 200) and resident memory",
          label + ": Quarkus' own 'started in'",
          "s",
          new Stats.Series(logged.get(app)));
      Stats.Series idleSeries = new Stats.Series(idle.get(app));
      table.add(
          "Start-up to ready (launch to /q/health/ready 200) and resident memory",
          label + ": RSS idle, 5 s after start-up",
          "MB",
          idleSeries,
          ratio(idleSeries, new Stats.Series(idle.get(BenchStack.HELLO))),
          BenchStack.HELLO.equals(app) ? "" : "<= 150 MB",
          BenchStack.HELLO.equals(app) ? null : idleSeries.median() <= 150);
    }
  }

  // --- data --------------------------------------------------------------------------------------

  private void setUp() throws Exception {
    long t = System.nanoTime();
    reference = fixtures.referenceAgreement();
    fixtures.indicators(reference, 2024, 2025);
    for (int year : Fixtures.YEARS) {
      Fixtures.Plan plan = fixtures.approvedPlan(reference, year, settings.referenceMeasures());
      referencePlans.add(plan);
      String grant = fixtures.award(plan, 1_000_000_000L);
      for (int i = 0; i < 12; i++) {
        Fixtures.Measure m = plan.measures().get(i % plan.measures().size());
        requireCreated(
            fixtures.allocate(
                plan, grant, fixtures.allocationBody(m.subGoal(), m.measureId(), 5_000_000, 1_000_000)));
      }
    }
    say(
        "  reference agreement %s: %d plans of %d measures, 6 result targets, grants and allocations"
            + " (%.0f s)",
        reference.id(), referencePlans.size(), settings.referenceMeasures(), secs(t));

    t = System.nanoTime();
    int approvals = settings.rounds() * settings.approvalsPerRound();
    int agreements = (approvals + 3) / 4 + 3; // and a few more years for grants to write against
    parallel(
        agreements,
        i -> {
          Fixtures.Agreement a = fixtures.agreement("Ytelsestest utbredelse " + (i + 1));
          for (int year : Fixtures.YEARS) {
            Fixtures.Plan plan = fixtures.startPlan(a, year);
            for (int n = 0; n < 3; n++) {
              fixtures.addMeasure(plan, n);
            }
            fixtures.consentAndSubmit(plan);
            propagationPlans.add(plan);
          }
        });
    propagationPlans.sort(
        (a, b) -> a.agreement().id().equals(b.agreement().id())
            ? Integer.compare(a.year(), b.year())
            : a.agreement().id().compareTo(b.agreement().id()));
    say("  %d submitted plans of 3 measures each, to approve (%.0f s)", propagationPlans.size(), secs(t));

    t = System.nanoTime();
    int drafts = settings.rounds() * settings.writeWorkers();
    List<Fixtures.Plan> draftPlans = Collections.synchronizedList(new ArrayList<>());
    parallel(
        (drafts + 3) / 4,
        i -> {
          Fixtures.Agreement a = fixtures.agreement("Ytelsestest skriving " + (i + 1));
          for (int year : Fixtures.YEARS) {
            draftPlans.add(fixtures.startPlan(a, year));
          }
        });
    for (int r = 0; r < settings.rounds(); r++) {
      measurePlans.add(
          new ArrayList<>(
              draftPlans.subList(r * settings.writeWorkers(), (r + 1) * settings.writeWorkers())));
    }
    say("  %d draft plans to add measures to (%.0f s)", drafts, secs(t));
  }

  // --- reads -------------------------------------------------------------------------------------

  private record ReadTarget(String label, String app, String path) {}

  private void reads() throws Exception {
    String ref = reference.id();
    Fixtures.Plan plan2025 = referencePlans.get(1);
    List<ReadTarget> targets =
        List.of(
            new ReadTarget("ceiling: bare Quarkus GET /hello", BenchStack.HELLO, "/hello"),
            new ReadTarget(
                "agreement GET /api/v1/agreements/{id}", "agreement", "/api/v1/agreements/" + ref),
            new ReadTarget(
                "evaluation GET /api/v1/agreements/{id}/attainment?year=2025",
                "evaluation",
                "/api/v1/agreements/" + ref + "/attainment?year=2025"),
            new ReadTarget(
                "actionplan GET /api/v1/action-plans/{id} (" + settings.referenceMeasures() + " measures)",
                "actionplan",
                "/api/v1/action-plans/" + plan2025.id()),
            new ReadTarget(
                "funding GET /api/v1/agreements/{id}/funding?year=2025",
                "funding",
                "/api/v1/agreements/" + ref + "/funding?year=2025"));
    String token = api.reader();
    for (ReadTarget t : targets) {
      Api.Response check = api.send("GET", t.app(), t.path(), token(t, token), null);
      if (check.status() != 200) {
        throw new IllegalStateException(t.label() + " answers " + check.status() + " " + check.body());
      }
      say("  %s: %d bytes, ETag %s", t.label(), check.body().length(), check.header("ETag"));
      Load.wrk(stack.url(t.app()) + t.path(), token(t, token), settings.warmupSeconds());
    }
    // What one request costs, alone: one client, one request at a time, and what PostgreSQL did
    for (ReadTarget t : targets) {
      int n = 200;
      DbCost.Counters before = BenchStack.HELLO.equals(t.app()) ? null : DbCost.read(stack, t.app());
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
        db = String.format(Locale.ROOT, "; per request %.1f transactions, %.1f table scans, %.0f rows read",
            commits, scans, rows);
        table.add("What one read costs: one client, one request at a time (" + n + " requests)",
            t.label() + ": transactions per request", "count", Stats.Series.of(commits));
        table.add("What one read costs: one client, one request at a time (" + n + " requests)",
            t.label() + ": table scans per request", "count", Stats.Series.of(scans));
      }
      Stats.Series p50 = Stats.Series.of(Stats.percentileMs(nanos, 50));
      table.add("What one read costs: one client, one request at a time (" + n + " requests)",
          t.label() + ": p50", "ms", p50);
      say("  alone: %s p50 %.2f ms%s", t.label(), p50.median(), db);
    }
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
        wrk.computeIfAbsent(t.label(), k -> new ArrayList<>()).add(w);
        say(
            "  round %d wrk  %-70s %,9.0f req/s p50 %6.2f ms p99 %7.2f ms%s",
            r + 1, t.label(), w.perSecond(), w.p50(), w.p99(), failures(w));
      }
      for (ReadTarget t : targets) {
        Load.Result h =
            Load.hey(stack.url(t.app()) + t.path(), token(t, token), settings.heySeconds(), settings.heyRate());
        hey.computeIfAbsent(t.label(), k -> new ArrayList<>()).add(h);
        say(
            "  round %d hey  %-70s %,9.0f req/s p50 %6.2f ms p99 %7.2f ms%s",
            r + 1, t.label(), h.perSecond(), h.p50(), h.p99(), failures(h));
      }
    }
    String ceiling = targets.get(0).label();
    String wrkSection = "Reads, wrk 2 threads 50 connections (maximum rate)";
    String heySection = "Reads at a steady " + settings.heyRate() + " req/s (hey, 10 workers)";
    for (ReadTarget t : targets) {
      boolean isCeiling = t.label().equals(ceiling);
      boolean required = t.app().equals("agreement") || t.app().equals("evaluation");
      Stats.Series rps = series(wrk.get(t.label()), Load.Result::perSecond);
      Stats.Series ceilingRps = series(wrk.get(ceiling), Load.Result::perSecond);
      Double rpsRatio = ratio(rps, ceilingRps);
      table.add(
          wrkSection,
          t.label() + ": throughput",
          "req/s",
          rps,
          rpsRatio,
          required ? ">= 0.30 x ceiling" : "",
          required ? rpsRatio >= 0.30 : null);
      Stats.Series p50 = series(wrk.get(t.label()), Load.Result::p50);
      table.add(wrkSection, t.label() + ": p50", "ms", p50, ratio(p50, series(wrk.get(ceiling), Load.Result::p50)), "", null);
      Stats.Series p99 = series(wrk.get(t.label()), Load.Result::p99);
      table.add(wrkSection, t.label() + ": p99", "ms", p99, ratio(p99, series(wrk.get(ceiling), Load.Result::p99)), "", null);
      long failed = wrk.get(t.label()).stream().mapToLong(Load.Result::failures).sum();
      if (failed > 0) {
        table.note("wrk " + t.label() + ": " + failed + " failed responses (non-2xx or socket errors)");
      }
      if (isCeiling) {
        continue;
      }
    }
    for (ReadTarget t : targets) {
      boolean required = t.app().equals("agreement") || t.app().equals("evaluation");
      Stats.Series p50 = series(hey.get(t.label()), Load.Result::p50);
      Stats.Series p99 = series(hey.get(t.label()), Load.Result::p99);
      table.add(heySection, t.label() + ": p50", "ms", p50, ratio(p50, series(hey.get(ceiling), Load.Result::p50)), "", null);
      table.add(
          heySection,
          t.label() + ": p99",
          "ms",
          p99,
          ratio(p99, series(hey.get(ceiling), Load.Result::p99)),
          required ? "<= 6 ms" : "",
          required ? p99.median() <= 6.0 : null);
      long failed = hey.get(t.label()).stream().mapToLong(Load.Result::failures).sum();
      if (failed > 0) {
        table.note("hey " + t.label() + ": " + failed + " failed responses");
      }
    }
    peakRssUnderLoad.putAll(peak);
    Thread.sleep(5000);
    for (String app : APPS) {
      idleRssAfterLoad.put(app, Proc.rssMb(stack.pid(app)));
    }
  }

  private String token(ReadTarget t, String token) {
    return BenchStack.HELLO.equals(t.app()) ? null : token;
  }

  // --- propagation -------------------------------------------------------------------------------

  private void propagation() throws Exception {
    List<Double> p50s = new ArrayList<>();
    List<Double> p99s = new ArrayList<>();
    List<Double> approvalP99s = new ArrayList<>();
    List<Long> pooled = new ArrayList<>();
    String token = api.reader();
    int next = 0;
    for (int r = 0; r < settings.rounds(); r++) {
      List<Long> latencies = new ArrayList<>();
      List<Long> approvals = new ArrayList<>();
      for (int i = 0; i < settings.approvalsPerRound(); i++) {
        Fixtures.Plan plan = propagationPlans.get(next++);
        approvedCount = next;
        Api.Response approved = fixtures.approve(plan);
        long answered = System.nanoTime();
        approvals.add(approved.nanos());
        String path =
            "/api/v1/agreements/" + plan.agreement().id() + "/funding?year=" + plan.year();
        long deadline = answered + 30_000_000_000L;
        while (true) {
          Api.Response view = api.send("GET", "funding", path, token, null);
          if (view.status() == 200
              && plan.id().equals(view.json().path("plan").path("planId").asText())) {
            break;
          }
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("the funding view never showed plan " + plan.id());
          }
          Thread.sleep(1);
        }
        latencies.add(System.nanoTime() - answered);
      }
      long[] l = Stats.toArray(latencies);
      p50s.add(Stats.percentileMs(l, 50));
      p99s.add(Stats.percentileMs(l, 99));
      approvalP99s.add(Stats.percentileMs(Stats.toArray(approvals), 99));
      pooled.addAll(latencies);
      say(
          "  round %d: %d approvals, approval answered to funding view showing it: p50 %.1f ms,"
              + " p99 %.1f ms (approval itself p99 %.1f ms)",
          r + 1, latencies.size(), p50s.get(r), p99s.get(r), approvalP99s.get(r));
    }
    String section =
        "Event propagation: plan approval answered -> funding view shows it ("
            + pooled.size()
            + " approvals, "
            + settings.approvalsPerRound()
            + " a round, one at a time)";
    table.add(section, "per round: p50", "ms", new Stats.Series(p50s));
    Stats.Series p99 = new Stats.Series(p99s);
    table.add(section, "per round: p99", "ms", p99, null, "<= 30 ms", p99.median() <= 30);
    long[] all = Stats.toArray(pooled);
    table.add(section, "all approvals pooled: p50", "ms", Stats.Series.of(Stats.percentileMs(all, 50)));
    double pooledP99 = Stats.percentileMs(all, 99);
    table.add(
        section,
        "all approvals pooled: p99",
        "ms",
        Stats.Series.of(pooledP99),
        null,
        "<= 30 ms",
        pooledP99 <= 30);
    table.add(section, "the approval request itself: p99", "ms", new Stats.Series(approvalP99s));
  }

  // --- writes ------------------------------------------------------------------------------------

  private void writes() throws Exception {
    int workers = settings.writeWorkers();
    ensureApproved(settings.rounds() * workers + 10);
    List<Fixtures.Plan> approved = propagationPlans.subList(0, approvedCount);
    // grants to allocate against: one per worker and round, on plans approved above
    List<Fixtures.Plan> grantPlans = new ArrayList<>(approved.subList(0, settings.rounds() * workers));
    List<String> grants = new ArrayList<>();
    for (Fixtures.Plan plan : grantPlans) {
      grants.add(fixtures.award(plan, 300_000_000L));
    }
    List<Double> mRate = new ArrayList<>();
    List<Double> mP50 = new ArrayList<>();
    List<Double> mP99 = new ArrayList<>();
    List<Double> aRate = new ArrayList<>();
    List<Double> aP50 = new ArrayList<>();
    List<Double> aP99 = new ArrayList<>();
    long failures = 0;
    for (int r = 0; r < settings.rounds(); r++) {
      List<Fixtures.Plan> plans = measurePlans.get(r);
      Load.Result m =
          Load.closedLoop(
              workers,
              settings.writeSeconds(),
              w -> {
                Fixtures.Plan plan = plans.get(w);
                AtomicInteger n = new AtomicInteger();
                String token = api.municipality(plan.agreement().lead());
                String path = "/api/v1/action-plans/" + plan.id() + "/measures";
                return () -> {
                  Api.Response resp =
                      api.send(
                          "POST",
                          "actionplan",
                          path,
                          token,
                          fixtures.measureBody(plan.agreement(), n.getAndIncrement()));
                  return new Load.Sample(resp.status(), resp.nanos());
                };
              });
      mRate.add(m.perSecond());
      mP50.add(m.p50());
      mP99.add(m.p99());
      failures += m.failures();
      int round = r;
      Load.Result a =
          Load.closedLoop(
              workers,
              settings.writeSeconds(),
              w -> {
                int index = round * workers + w;
                Fixtures.Plan plan = grantPlans.get(index);
                String grant = grants.get(index);
                AtomicInteger n = new AtomicInteger();
                return () -> {
                  Api.Response resp =
                      fixtures.allocate(
                          plan, grant, fixtures.allocationBody(1 + n.getAndIncrement() % 3, null, 1000, 500));
                  return new Load.Sample(resp.status(), resp.nanos());
                };
              });
      aRate.add(a.perSecond());
      aP50.add(a.p50());
      aP99.add(a.p99());
      failures += a.failures();
      say(
          "  round %d: add measure %.0f/s p50 %.1f ms p99 %.1f ms; allocate %.0f/s p50 %.1f ms p99 %.1f ms",
          r + 1, m.perSecond(), m.p50(), m.p99(), a.perSecond(), a.p50(), a.p99());
    }
    String section =
        "Writes: " + workers + " clients at once, each on its own plan or grant, for "
            + settings.writeSeconds() + " s a round";
    table.add(section, "add a measure to a draft plan (POST .../measures)", "ops/s", new Stats.Series(mRate));
    table.add(section, "add a measure: p50", "ms", new Stats.Series(mP50));
    table.add(section, "add a measure: p99", "ms", new Stats.Series(mP99));
    table.add(section, "allocate against a grant (POST .../allocations)", "ops/s", new Stats.Series(aRate));
    table.add(section, "allocate: p50", "ms", new Stats.Series(aP50));
    table.add(section, "allocate: p99", "ms", new Stats.Series(aP99));
    if (failures > 0) {
      table.note("writes: " + failures + " requests failed");
    }
  }

  // --- outage ------------------------------------------------------------------------------------

  private Outage.Report outageReport;

  private void outage() throws Exception {
    int workers = settings.writeWorkers();
    int used = settings.rounds() * workers;
    ensureApproved(used + 10);
    List<Fixtures.Plan> approved = propagationPlans.subList(0, approvedCount);
    List<Fixtures.Plan> plans = new ArrayList<>(approved.subList(used, used + 10));
    List<String> grants = new ArrayList<>();
    for (Fixtures.Plan plan : plans) {
      grants.add(fixtures.award(plan, 300_000_000L));
    }
    say(
        "  %d allocations over %d grants, Kafka stopped after 10 s for %d s",
        settings.outageCommands(), grants.size(), settings.outageSeconds());
    outageReport =
        new Outage(stack, fixtures).run(plans, grants, settings.outageCommands(), settings.outageSeconds());
    outageReport.lines().forEach(l -> say("  %s", l));
    String section = "Broker outage: Kafka stopped for " + settings.outageSeconds() + " s during "
        + settings.outageCommands() + " allocation commands";
    table.add(section, "commands accepted", "count", Stats.Series.of(outageReport.accepted()),
        null, "all " + settings.outageCommands(), outageReport.accepted() == settings.outageCommands());
    table.add(section, "command p99 while Kafka was down", "ms", Stats.Series.of(outageReport.commandP99DuringOutageMs()));
    table.add(section, "events applied by evaluation (inbox), each once", "count",
        Stats.Series.of(outageReport.inboxApplied()), null, "all, once", outageReport.exactlyOnce());
    table.add(section, "duplicates on the topic (applied once all the same)", "count",
        Stats.Series.of(outageReport.topicRecords() - outageReport.topicDistinct()));
    table.add(section, "all applied after Kafka was back", "s", Stats.Series.of(outageReport.catchUpSeconds()));
  }

  // --- scale -------------------------------------------------------------------------------------

  private void scale() throws Exception {
    long t = System.nanoTime();
    int count = settings.scaleAgreements();
    int measures = settings.scaleMeasures();
    List<Fixtures.Plan> plans = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger done = new AtomicInteger();
    parallel(
        count,
        i -> {
          Fixtures.Agreement a = fixtures.agreement("Ytelsestest skala " + (i + 1));
          fixtures.indicators(a, 2024, 2025);
          for (int year : Fixtures.YEARS) {
            plans.add(fixtures.approvedPlan(a, year, measures));
          }
          int d = done.incrementAndGet();
          if (d % Math.max(1, count / 10) == 0) {
            say("  %d of %d agreements with %d plans of %d measures (%.0f s)", d, count, 4, measures, secs(t));
          }
        });
    parallel(
        plans.size(),
        i -> {
          Fixtures.Plan plan = plans.get(i);
          String grant = fixtures.award(plan, measures * 50_000_000L);
          for (int k = 0; k < settings.scaleAllocations(); k++) {
            Fixtures.Measure m = plan.measures().get(k * measures / settings.scaleAllocations());
            requireCreated(
                fixtures.allocate(
                    plan, grant, fixtures.allocationBody(m.subGoal(), m.measureId(), 10_000_000, 2_000_000)));
          }
        });
    say("  %d plans with %d measures, grants and %d allocations each (%.0f s)", plans.size(), measures,
        settings.scaleAllocations(), secs(t));
    // Wait until evaluation service has every plan and the last allocation of every grant
    long waitFrom = System.nanoTime();
    for (Fixtures.Plan plan : plans) {
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (true) {
        JsonNode report =
            api.require(200, "GET", "evaluation",
                    "/api/v1/agreements/" + plan.agreement().id() + "/attainment?year=" + plan.year(),
                    api.reader(), null)
                .json();
        int measureCount = 0;
        long allocated = 0;
        for (JsonNode g : report.path("subGoals")) {
          measureCount += g.path("measureCount").asInt();
          allocated += g.path("money").path("allocatedOre").asLong();
        }
        if (measureCount == measures && allocated == settings.scaleAllocations() * 10_000_000L) {
          break;
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "evaluation has " + measureCount + " measures and " + allocated + " øre allocated for plan " + plan.id());
        }
        Thread.sleep(100);
      }
    }
    say("  evaluation service caught up %.1f s after the last command", secs(waitFrom));

    List<Double> attP50 = new ArrayList<>();
    List<Double> attP99 = new ArrayList<>();
    List<Double> funP50 = new ArrayList<>();
    List<Double> funP99 = new ArrayList<>();
    Random random = new Random(42);
    for (int r = 0; r < settings.rounds(); r++) {
      List<Fixtures.Plan> order = new ArrayList<>(plans);
      Collections.shuffle(order, random);
      long[] att = sweep(order, p -> "/api/v1/agreements/" + p.agreement().id() + "/attainment?year=" + p.year(), "evaluation");
      long[] fun = sweep(order, p -> "/api/v1/agreements/" + p.agreement().id() + "/funding?year=" + p.year(), "funding");
      attP50.add(Stats.percentileMs(att, 50));
      attP99.add(Stats.percentileMs(att, 99));
      funP50.add(Stats.percentileMs(fun, 50));
      funP99.add(Stats.percentileMs(fun, 99));
      say("  round %d: attainment p50 %.1f ms p99 %.1f ms; funding view p50 %.1f ms p99 %.1f ms",
          r + 1, attP50.get(r), attP99.get(r), funP50.get(r), funP99.get(r));
    }
    String section = "Scale: " + count + " agreements x 4 years of plans x " + measures
        + " measures (each agreement-year read once a round, " + settings.scaleClients() + " clients)";
    table.add(section, "attainment report: p50", "ms", new Stats.Series(attP50));
    Stats.Series ap99 = new Stats.Series(attP99);
    table.add(section, "attainment report: p99", "ms", ap99, null, "<= 200 ms", ap99.median() <= 200);
    table.add(section, "funding view: p50", "ms", new Stats.Series(funP50));
    Stats.Series fp99 = new Stats.Series(funP99);
    table.add(section, "funding view: p99", "ms", fp99, null, "<= 200 ms", fp99.median() <= 200);
    for (String app : APPS) {
      if (!BenchStack.HELLO.equals(app)) {
        table.add(
            "Resident memory after the scale data (MB)",
            label(app) + ": RSS after the scale phase",
            "MB",
            Stats.Series.of(Proc.rssMb(stack.pid(app))));
      }
    }
  }

  private long[] sweep(List<Fixtures.Plan> order, java.util.function.Function<Fixtures.Plan, String> path, String app)
      throws Exception {
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger next = new AtomicInteger();
    String token = api.reader();
    ExecutorService pool = Executors.newFixedThreadPool(settings.scaleClients());
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < settings.scaleClients(); c++) {
      futures.add(
          pool.submit(
              () -> {
                int i;
                while ((i = next.getAndIncrement()) < order.size()) {
                  Api.Response r = api.require(200, "GET", app, path.apply(order.get(i)), token, null);
                  latencies.add(r.nanos());
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    return Stats.toArray(latencies);
  }

  // --- report ------------------------------------------------------------------------------------

  private void report() throws Exception {
    for (String app : peakRssUnderLoad.isEmpty() ? List.<String>of() : APPS) {
      Double peak = peakRssUnderLoad.get(app);
      String section = "Resident memory around the read load (MB)";
      table.add(section, label(app) + ": RSS peak under the wrk read load", "MB",
          Stats.Series.of(peak == null ? Double.NaN : peak));
      table.add(section, label(app) + ": RSS idle, 5 s after the read load", "MB",
          Stats.Series.of(idleRssAfterLoad.getOrDefault(app, Double.NaN)));
    }
    String when = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    StringBuilder out = new StringBuilder();
    out.append("# Bygdevekst benchmark, ").append(when).append(quick ? " (quick run)" : "").append("\n\n");
    out.append("- machine: ").append(Machine.describe()).append('\n');
    out.append("- load average (1, 5, 15 min) at start: ").append(loadAtStart)
        .append("; at end: ").append(loadAverage()).append('\n');
    out.append("- JVM options of each service and of the ceiling: `").append(stack.jvmOptions()).append("`\n");
    out.append("- rounds: ").append(settings.rounds()).append("; wrk ").append(settings.wrkSeconds())
        .append(" s, hey ").append(settings.heySeconds()).append(" s, writes ").append(settings.writeSeconds())
        .append(" s a round; whole run ").append(String.format(Locale.ROOT, "%.1f", secs(began) / 60)).append(" min\n");
    out.append("- load tools run on the same cores as the services, PostgreSQL and Kafka\n\n");
    out.append(table.render()).append('\n');
    if (outageReport != null) {
      out.append("Outage, in full:\n\n");
      outageReport.lines().forEach(l -> out.append("- ").append(l).append('\n'));
    }
    out.append("\nPhases:\n\n");
    phaseLog.forEach(l -> out.append("- ").append(l).append('\n'));
    System.out.println();
    System.out.println(out);
    Path file = root.resolve("bench/target/results-"
        + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, out.toString());
    System.out.println("Written to " + root.relativize(file));
  }

  // --- helpers -----------------------------------------------------------------------------------

  private interface Task {
    void run(int i) throws Exception;
  }

  private void parallel(int n, Task task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(settings.setupThreads());
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int index = i;
      futures.add(
          pool.submit(
              () -> {
                task.run(index);
                return null;
              }));
    }
    try {
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void requireCreated(Api.Response r) {
    if (r.status() != 201) {
      throw new IllegalStateException("expected 201, got " + r.status() + " " + r.body());
    }
  }

  private long phaseStart = System.nanoTime();
  private String phaseName;

  private void phase(String name) {
    if (phaseName != null) {
      phaseLog.add(String.format(Locale.ROOT, "%s: %.0f s (load average after: %s)", phaseName,
          secs(phaseStart), loadAverage()));
    }
    phaseName = name;
    phaseStart = System.nanoTime();
    if (!"done".equals(name)) {
      say("== %s (%.0f s into the run; load average %s)", name, secs(began), loadAverage());
    }
  }

  static String label(String app) {
    return BenchStack.HELLO.equals(app) ? "ceiling (bare Quarkus)" : app + "-service";
  }

  private static Double ratio(Stats.Series value, Stats.Series ceiling) {
    return value.median() / ceiling.median();
  }

  private static Stats.Series series(List<Load.Result> results, java.util.function.ToDoubleFunction<Load.Result> f) {
    List<Double> values = new ArrayList<>();
    results.forEach(r -> values.add(f.applyAsDouble(r)));
    return new Stats.Series(values);
  }

  private static String failures(Load.Result r) {
    return r.failures() > 0 ? "  (" + r.failures() + " FAILED)" : "";
  }

  private static String last(Map<String, List<Double>> values) {
    StringBuilder out = new StringBuilder();
    values.forEach(
        (app, list) ->
            out.append(out.length() == 0 ? "" : ", ")
                .append(app)
                .append(' ')
                .append(String.format(Locale.ROOT, "%.2f", list.get(list.size() - 1))));
    return out.toString();
  }

  static double secs(Duration d) {
    return d.toNanos() / 1e9;
  }

  static double secs(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  static String loadAverage() {
    String text = Proc.read(Path.of("/proc/loadavg")).trim();
    String[] parts = text.split("\\s+");
    return parts.length >= 3 ? parts[0] + " " + parts[1] + " " + parts[2] : "n/a";
  }

  static void say(String format, Object... args) {
    System.out.printf(Locale.ROOT, format + "%n", args);
    System.out.flush();
  }

}
