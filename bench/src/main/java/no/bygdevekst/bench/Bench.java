package no.bygdevekst.bench;

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

  /** The reference applications first: every other figure is read against theirs. */
  static final List<String> APPS =
      List.of(
          BenchStack.HELLO, BenchStack.PEER, "agreement", "actionplan", "funding", "evaluation");

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
  private final List<Fixtures.Plan> propagationPlans =
      Collections.synchronizedList(new ArrayList<>());
  private final List<List<Fixtures.Plan>> measurePlans = new ArrayList<>();

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
      say(
          "  %s ready in %.2f s (first start%s)",
          app, secs(first), isService(app) ? ": migrations on an empty database" : "");
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
      new Reads(settings, stack, api, table).run(reference.id(), referencePlans.get(1).id());
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
      new Scale(settings, stack, fixtures, table).run();
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
        Duration d = stack.restart(app);
        ready.computeIfAbsent(app, k -> new ArrayList<>()).add(secs(d));
        logged.computeIfAbsent(app, k -> new ArrayList<>()).add(stack.loggedStartSeconds(app));
      }
      Thread.sleep(5000);
      for (String app : APPS) {
        idle.computeIfAbsent(app, k -> new ArrayList<>()).add(Proc.rssMb(stack.pid(app)));
      }
      say("  round %d: ready %s s; idle RSS %s MB", r + 1, last(ready), last(idle));
    }
    String section = "Start-up to ready (launch to /q/health/ready 200) and resident memory";
    for (String app : APPS) {
      String label = label(app);
      boolean service = isService(app);
      Stats.Series readySeries = new Stats.Series(ready.get(app));
      table.add(
          section,
          label + ": start-up to ready",
          "s",
          readySeries,
          ratios(app, readySeries, ready),
          service ? "<= 2.5 s" : "",
          service ? readySeries.median() <= 2.5 : null);
      table.add(
          section, label + ": Quarkus' own 'started in'", "s", new Stats.Series(logged.get(app)));
      Stats.Series idleSeries = new Stats.Series(idle.get(app));
      table.add(
          section,
          label + ": RSS idle, 5 s after start-up",
          "MB",
          idleSeries,
          ratios(app, idleSeries, idle),
          service ? "<= 150 MB" : "",
          service ? idleSeries.median() <= 150 : null);
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
                plan,
                grant,
                fixtures.allocationBody(m.subGoal(), m.measureId(), 5_000_000, 1_000_000)));
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
        (a, b) ->
            a.agreement().id().equals(b.agreement().id())
                ? Integer.compare(a.year(), b.year())
                : a.agreement().id().compareTo(b.agreement().id()));
    say(
        "  %d submitted plans of 3 measures each, to approve (%.0f s)",
        propagationPlans.size(), secs(t));

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

  // --- propagation -------------------------------------------------------------------------------

  private Hops hops;

  private void propagation() throws Exception {
    Propagation measure = new Propagation(stack, fixtures);
    List<Double> p50s = new ArrayList<>();
    List<Double> p99s = new ArrayList<>();
    List<Double> approvalP99s = new ArrayList<>();
    List<Propagation.Approval> all = new ArrayList<>();
    String token = api.reader();
    int next = 0;
    for (int r = 0; r < settings.rounds(); r++) {
      List<Propagation.Approval> round = new ArrayList<>();
      for (int i = 0; i < settings.approvalsPerRound(); i++) {
        round.add(measure.approveAndFollow(propagationPlans.get(next++), token));
        approvedCount = next;
      }
      long[] l = round.stream().mapToLong(Propagation.Approval::answeredToSeenNanos).toArray();
      p50s.add(Stats.percentileMs(l, 50));
      p99s.add(Stats.percentileMs(l, 99));
      approvalP99s.add(
          Stats.percentileMs(
              round.stream().mapToLong(Propagation.Approval::approvalNanos).toArray(), 99));
      all.addAll(round);
      say(
          "  round %d: %d approvals, approval answered to funding view showing it: p50 %.1f ms,"
              + " p99 %.1f ms (approval itself p99 %.1f ms)",
          r + 1, round.size(), p50s.get(r), p99s.get(r), approvalP99s.get(r));
    }
    String section =
        "Event propagation: plan approval answered -> funding view shows it ("
            + all.size()
            + " approvals, "
            + settings.approvalsPerRound()
            + " a round, one at a time)";
    table.add(section, "per round: p50", "ms", new Stats.Series(p50s));
    table.add(section, "per round: p99", "ms", new Stats.Series(p99s));
    long[] pooled = all.stream().mapToLong(Propagation.Approval::answeredToSeenNanos).toArray();
    table.add(
        section,
        "all approvals pooled: p50",
        "ms",
        Stats.Series.of(Stats.percentileMs(pooled, 50)));
    double pooledP99 = Stats.percentileMs(pooled, 99);
    table.add(
        section,
        "all approvals pooled: p99",
        "ms",
        Stats.Series.of(pooledP99),
        Table.Ratios.NONE,
        "<= 25 ms",
        pooledP99 <= 25);
    table.add(section, "the approval request itself: p99", "ms", new Stats.Series(approvalP99s));

    hops = measure.hops(all);
    if (hops.complete() < all.size()) {
      table.note(
          "propagation hops: "
              + (all.size() - hops.complete())
              + " of "
              + all.size()
              + " approvals lack a point of their timeline (see bench/target/raw/propagation-hops.csv)");
    }
    Files.createDirectories(Load.rawDir);
    Files.writeString(Load.rawDir.resolve("propagation-hops.csv"), hops.csv());
    say("  hop by hop (%d approvals pooled):%n%s", hops.complete(), hops.render());
  }

  // --- writes ------------------------------------------------------------------------------------

  private void writes() throws Exception {
    int workers = settings.writeWorkers();
    ensureApproved(settings.rounds() * workers + 10);
    List<Fixtures.Plan> approved = propagationPlans.subList(0, approvedCount);
    // grants to allocate against: one per worker and round, on plans approved above
    List<Fixtures.Plan> grantPlans =
        new ArrayList<>(approved.subList(0, settings.rounds() * workers));
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
                          plan,
                          grant,
                          fixtures.allocationBody(1 + n.getAndIncrement() % 3, null, 1000, 500));
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
        "Writes: "
            + workers
            + " clients at once, each on its own plan or grant, for "
            + settings.writeSeconds()
            + " s a round";
    table.add(
        section,
        "add a measure to a draft plan (POST .../measures)",
        "ops/s",
        new Stats.Series(mRate));
    table.add(section, "add a measure: p50", "ms", new Stats.Series(mP50));
    table.add(section, "add a measure: p99", "ms", new Stats.Series(mP99));
    table.add(
        section,
        "allocate against a grant (POST .../allocations)",
        "ops/s",
        new Stats.Series(aRate));
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
        new Outage(stack, fixtures)
            .run(plans, grants, settings.outageCommands(), settings.outageSeconds());
    outageReport.lines().forEach(l -> say("  %s", l));
    String section =
        "Broker outage: Kafka stopped for "
            + settings.outageSeconds()
            + " s during "
            + settings.outageCommands()
            + " allocation commands";
    table.add(
        section,
        "commands accepted",
        "count",
        Stats.Series.of(outageReport.accepted()),
        Table.Ratios.NONE,
        "all " + settings.outageCommands(),
        outageReport.accepted() == settings.outageCommands());
    table.add(
        section,
        "command p99 while Kafka was down",
        "ms",
        Stats.Series.of(outageReport.commandP99DuringOutageMs()));
    table.add(
        section,
        "events applied by evaluation (inbox), each once",
        "count",
        Stats.Series.of(outageReport.inboxApplied()),
        Table.Ratios.NONE,
        "all, once",
        outageReport.exactlyOnce());
    table.add(
        section,
        "duplicates on the topic (applied once all the same)",
        "count",
        Stats.Series.of(outageReport.topicRecords() - outageReport.topicDistinct()));
    table.add(
        section,
        "all applied after Kafka was back",
        "s",
        Stats.Series.of(outageReport.catchUpSeconds()));
  }

  // --- report ------------------------------------------------------------------------------------

  private void report() throws Exception {
    String when =
        ZonedDateTime.now(ZoneOffset.UTC)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "# Bygdevekst benchmark, %s%s%n%n"
                + "- machine: %s%n"
                + "- load average (1, 5, 15 min) at start: %s; at end: %s%n"
                + "- JVM options of each service, of the ceiling and of the peer: `%s`%n"
                + "- rounds: %d; wrk %d s, hey %d s, writes %d s a round; whole run %.1f min%n",
            when,
            quick ? " (quick run)" : "",
            Machine.describe(),
            loadAtStart,
            loadAverage(),
            stack.jvmOptions(),
            settings.rounds(),
            settings.wrkSeconds(),
            settings.heySeconds(),
            settings.writeSeconds(),
            secs(began) / 60));
    out.append("- load tools run on the same cores as the services, PostgreSQL and Kafka\n\n");
    out.append(table.render()).append('\n');
    if (hops != null) {
      out.append("Event propagation hop by hop (")
          .append(hops.complete())
          .append(" approvals pooled; what each point is: bench/README.md):\n\n")
          .append(hops.render())
          .append('\n');
    }
    if (outageReport != null) {
      out.append("Outage, in full:\n\n");
      outageReport.lines().forEach(l -> out.append("- ").append(l).append('\n'));
    }
    out.append("\nPhases:\n\n");
    phaseLog.forEach(l -> out.append("- ").append(l).append('\n'));
    System.out.println();
    System.out.println(out);
    Path file =
        root.resolve(
            "bench/target/results-"
                + ZonedDateTime.now(ZoneOffset.UTC)
                    .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"))
                + ".md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, out.toString());
    System.out.println("Written to " + root.relativize(file));
  }

  // --- helpers -----------------------------------------------------------------------------------

  interface Task {
    void run(int i) throws Exception;
  }

  private void parallel(int n, Task task) throws Exception {
    parallel(settings.setupThreads(), n, task);
  }

  /** Runs {@code task} for 0..n-1 on {@code threads} threads; the first failure stops it. */
  static void parallel(int threads, int n, Task task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
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

  static void requireCreated(Api.Response r) {
    if (r.status() != 201) {
      throw new IllegalStateException("expected 201, got " + r.status() + " " + r.body());
    }
  }

  private long phaseStart = System.nanoTime();
  private String phaseName;

  private void phase(String name) {
    if (phaseName != null) {
      phaseLog.add(
          String.format(
              Locale.ROOT,
              "%s: %.0f s (load average after: %s)",
              phaseName,
              secs(phaseStart),
              loadAverage()));
    }
    phaseName = name;
    phaseStart = System.nanoTime();
    if (!"done".equals(name)) {
      say("== %s (%.0f s into the run; load average %s)", name, secs(began), loadAverage());
    }
  }

  static String label(String app) {
    return switch (app) {
      case BenchStack.HELLO -> "ceiling (bare Quarkus)";
      case BenchStack.PEER -> "peer (Quarkus + Panache)";
      default -> app + "-service";
    };
  }

  static boolean isService(String app) {
    return !BenchStack.HELLO.equals(app) && !BenchStack.PEER.equals(app);
  }

  /**
   * The figure divided by the ceiling's and by the peer's median in the same run ({@code byApp}
   * holds every application's values); none for the ceiling itself, none to the peer for the peer.
   */
  static Table.Ratios ratios(String app, Stats.Series value, Map<String, List<Double>> byApp) {
    if (BenchStack.HELLO.equals(app)) {
      return Table.Ratios.NONE;
    }
    return new Table.Ratios(
        value.median() / median(byApp.get(BenchStack.HELLO)),
        BenchStack.PEER.equals(app) ? null : value.median() / median(byApp.get(BenchStack.PEER)));
  }

  private static double median(List<Double> values) {
    return values == null ? Double.NaN : new Stats.Series(values).median();
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
