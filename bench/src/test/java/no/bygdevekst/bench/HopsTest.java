package no.bygdevekst.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HopsTest {
  static final Instant T0 = Instant.parse("2026-12-01T12:00:00Z");

  /** A timeline whose points lie at these milliseconds after T0 (negative: unknown). */
  static Hops.Timeline at(String id, double... ms) {
    Instant[] p = new Instant[8];
    for (int i = 0; i < 8; i++) {
      p[i] = ms[i] < 0 ? null : T0.plusNanos((long) (ms[i] * 1e6));
    }
    return new Hops.Timeline(id, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]);
  }

  @Test
  void eachHopIsTheTimeBetweenItsTwoPoints() {
    // committed, answered, picked up, appended, taken up, applied, view asked, seen
    Hops.Timeline t = at("a", 0, 2, 1.5, 3, 4.25, 6, 6.5, 9);
    List<Double> chain = Hops.CHAIN.stream().map(h -> h.millis(t)).toList();
    assertEquals(List.of(1.5, 1.5, 1.25, 1.75, 3.0), chain);
    assertEquals(9.0, Hops.TOTAL.millis(t));
    assertEquals(2.0, Hops.BESIDE.get(0).millis(t));
    assertEquals(2.5, Hops.BESIDE.get(1).millis(t));
    assertEquals(Hops.TOTAL.millis(t), chain.stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
  }

  @Test
  void anUnknownPointLeavesItsHopsOutButNotTheOthers() {
    Hops hops =
        new Hops(List.of(at("a", 0, 2, 1, 2, 3, 4, 5, 6), at("b", 0, 2, 1, -1, 3, 4, 5, 6)));
    assertEquals(2, hops.complete()); // both have their commit and the view
    Hops.Hop appended = Hops.CHAIN.get(1);
    assertTrue(Double.isNaN(appended.millis(at("b", 0, 2, 1, -1, 3, 4, 5, 6))));
    assertEquals(1.0, hops.percentile(appended, 99)); // from "a" alone
    assertEquals(6.0, hops.percentile(Hops.TOTAL, 50));
  }

  @Test
  void theTailIsTheSlowestOnePercentAndAtLeastOne() {
    List<Hops.Timeline> timelines = new ArrayList<>();
    for (int i = 1; i <= 200; i++) {
      // the view is slow in the slowest two, the consumer everywhere else
      boolean slow = i > 198;
      timelines.add(
          at(
              "p" + i,
              0,
              1,
              1,
              2,
              slow ? 3 : 2 + i / 10.0,
              10 + i / 10.0,
              11,
              slow ? 90 + i / 10.0 : 12 + i / 10.0));
    }
    Hops hops = new Hops(timelines);
    assertEquals(2, hops.slowest().size());
    assertEquals(
        List.of("p200", "p199"), hops.slowest().stream().map(Hops.Timeline::planId).toList());
    assertEquals(1, new Hops(timelines.subList(0, 10)).slowest().size());
    Hops.Hop view = Hops.CHAIN.get(4);
    assertEquals(80.0, hops.meanInTail(view), 1e-9);
  }

  @Test
  void rendersEveryHopAndWritesOneCsvLineAnApproval() {
    Hops hops =
        new Hops(List.of(at("a", 0, 2, 1, 2, 3, 4, 5, 6), at("b", 0, 2, 1, -1, 3, 4, 5, 6)));
    String table = hops.render();
    for (Hops.Hop h : Hops.CHAIN) {
      assertTrue(table.contains(h.label()), table);
    }
    assertTrue(table.contains("| in all: approval committed -> funding view showed it"), table);
    String[] lines = hops.csv().split("\n");
    assertEquals(3, lines.length);
    assertTrue(lines[2].startsWith("b,1.00,n/a,n/a,"), lines[2]);
  }
}
