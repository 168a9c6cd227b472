package no.bygdevekst.bench;

import static no.bygdevekst.bench.Bench.isService;
import static no.bygdevekst.bench.Bench.label;
import static no.bygdevekst.bench.Bench.requireCreated;
import static no.bygdevekst.bench.Bench.say;
import static no.bygdevekst.bench.Bench.secs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Many agreements with large plans, all through the API; once evaluation-service has caught up,
 * every agreement-year's attainment report and funding view read once a round in random order.
 */
final class Scale {
  private final Bench.Settings settings;
  private final BenchStack stack;
  private final Fixtures fixtures;
  private final Api api;
  private final Table table;

  Scale(Bench.Settings settings, BenchStack stack, Fixtures fixtures, Table table) {
    this.settings = settings;
    this.stack = stack;
    this.fixtures = fixtures;
    this.api = fixtures.api();
    this.table = table;
  }

  void run() throws Exception {
    long t = System.nanoTime();
    int count = settings.scaleAgreements();
    int measures = settings.scaleMeasures();
    List<Fixtures.Plan> plans = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger done = new AtomicInteger();
    Bench.parallel(
        settings.setupThreads(),
        count,
        i -> {
          Fixtures.Agreement a = fixtures.agreement("Ytelsestest skala " + (i + 1));
          fixtures.indicators(a, 2024, 2025);
          for (int year : Fixtures.YEARS) {
            plans.add(fixtures.approvedPlan(a, year, measures));
          }
          int d = done.incrementAndGet();
          if (d % Math.max(1, count / 10) == 0) {
            say(
                "  %d of %d agreements with %d plans of %d measures (%.0f s)",
                d, count, 4, measures, secs(t));
          }
        });
    Bench.parallel(
        settings.setupThreads(),
        plans.size(),
        i -> {
          Fixtures.Plan plan = plans.get(i);
          String grant = fixtures.award(plan, measures * 50_000_000L);
          for (int k = 0; k < settings.scaleAllocations(); k++) {
            Fixtures.Measure m = plan.measures().get(k * measures / settings.scaleAllocations());
            requireCreated(
                fixtures.allocate(
                    plan,
                    grant,
                    fixtures.allocationBody(m.subGoal(), m.measureId(), 10_000_000, 2_000_000)));
          }
        });
    say(
        "  %d plans with %d measures, grants and %d allocations each (%.0f s)",
        plans.size(), measures, settings.scaleAllocations(), secs(t));
    // Wait until evaluation service has every plan and the last allocation of every grant
    long waitFrom = System.nanoTime();
    for (Fixtures.Plan plan : plans) {
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (true) {
        JsonNode report =
            api.require(
                    200,
                    "GET",
                    "evaluation",
                    "/api/v1/agreements/"
                        + plan.agreement().id()
                        + "/attainment?year="
                        + plan.year(),
                    api.reader(),
                    null)
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
              "evaluation has "
                  + measureCount
                  + " measures and "
                  + allocated
                  + " øre allocated for plan "
                  + plan.id());
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
      long[] att =
          sweep(
              order,
              p -> "/api/v1/agreements/" + p.agreement().id() + "/attainment?year=" + p.year(),
              "evaluation");
      long[] fun =
          sweep(
              order,
              p -> "/api/v1/agreements/" + p.agreement().id() + "/funding?year=" + p.year(),
              "funding");
      attP50.add(Stats.percentileMs(att, 50));
      attP99.add(Stats.percentileMs(att, 99));
      funP50.add(Stats.percentileMs(fun, 50));
      funP99.add(Stats.percentileMs(fun, 99));
      say(
          "  round %d: attainment p50 %.1f ms p99 %.1f ms; funding view p50 %.1f ms p99 %.1f ms",
          r + 1, attP50.get(r), attP99.get(r), funP50.get(r), funP99.get(r));
    }
    String section =
        "Scale: "
            + count
            + " agreements x 4 years of plans x "
            + measures
            + " measures (each agreement-year read once a round, "
            + settings.scaleClients()
            + " clients)";
    table.add(section, "attainment report: p50", "ms", new Stats.Series(attP50));
    Stats.Series ap99 = new Stats.Series(attP99);
    table.add(
        section,
        "attainment report: p99",
        "ms",
        ap99,
        Table.Ratios.NONE,
        "<= 200 ms",
        ap99.median() <= 200);
    table.add(section, "funding view: p50", "ms", new Stats.Series(funP50));
    Stats.Series fp99 = new Stats.Series(funP99);
    table.add(
        section,
        "funding view: p99",
        "ms",
        fp99,
        Table.Ratios.NONE,
        "<= 200 ms",
        fp99.median() <= 200);
    for (String app : Bench.APPS) {
      if (isService(app)) {
        table.add(
            "Resident memory after the scale data (MB)",
            label(app) + ": RSS after the scale phase",
            "MB",
            Stats.Series.of(Proc.rssMb(stack.pid(app))));
      }
    }
  }

  private long[] sweep(List<Fixtures.Plan> order, Function<Fixtures.Plan, String> path, String app)
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
                  Api.Response r =
                      api.require(200, "GET", app, path.apply(order.get(i)), token, null);
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
}
