package no.bygdevekst.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void percentilesAreNearestRankInMilliseconds() {
    long[] nanos = new long[100];
    for (int i = 0; i < 100; i++) {
      nanos[99 - i] = (i + 1) * 1_000_000L; // 1..100 ms, unsorted
    }
    assertEquals(50.0, Stats.percentileMs(nanos, 50));
    assertEquals(99.0, Stats.percentileMs(nanos, 99));
    assertEquals(100.0, Stats.percentileMs(nanos, 100));
    assertEquals(1.0, Stats.percentileMs(nanos, 0));
    assertTrue(Double.isNaN(Stats.percentileMs(new long[0], 50)));
  }

  @Test
  void aSeriesGivesItsMedianAndSpreadIgnoringMissingRuns() {
    Stats.Series odd = new Stats.Series(List.of(3.0, 1.0, 2.0));
    assertEquals(2.0, odd.median());
    assertEquals(100.0, odd.spreadPercent(), 1e-9);
    Stats.Series even = new Stats.Series(List.of(4.0, Double.NaN, 1.0, 2.0, 3.0));
    assertEquals(2.5, even.median());
    assertEquals(1.0, even.min());
    assertEquals(4.0, even.max());
    assertEquals(0.0, Stats.Series.of(7.0).spreadPercent());
    assertTrue(Double.isNaN(Stats.Series.of(Double.NaN).median()));
  }
}
