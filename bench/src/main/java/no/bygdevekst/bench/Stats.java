package no.bygdevekst.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Percentiles of one run, and medians and spreads over several runs. */
final class Stats {
  private Stats() {}

  /** The p-th percentile (0..100) of latencies in nanoseconds, nearest rank, in milliseconds. */
  static double percentileMs(long[] nanos, double p) {
    if (nanos.length == 0) {
      return Double.NaN;
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }

  static long[] toArray(Collection<Long> values) {
    long[] out = new long[values.size()];
    int i = 0;
    for (long v : values) {
      out[i++] = v;
    }
    return out;
  }

  /** The runs of one figure: its median and its spread (min..max). */
  record Series(List<Double> values) {
    Series {
      values = List.copyOf(values);
    }

    static Series of(double... values) {
      List<Double> list = new ArrayList<>();
      for (double v : values) {
        list.add(v);
      }
      return new Series(list);
    }

    double median() {
      List<Double> finite = values.stream().filter(v -> !v.isNaN()).sorted().toList();
      if (finite.isEmpty()) {
        return Double.NaN;
      }
      int n = finite.size();
      return n % 2 == 1 ? finite.get(n / 2) : (finite.get(n / 2 - 1) + finite.get(n / 2)) / 2;
    }

    double min() {
      return values.stream().filter(v -> !v.isNaN()).mapToDouble(v -> v).min().orElse(Double.NaN);
    }

    double max() {
      return values.stream().filter(v -> !v.isNaN()).mapToDouble(v -> v).max().orElse(Double.NaN);
    }

    /** (max - min) / median, in percent. */
    double spreadPercent() {
      double m = median();
      return values.size() < 2 || m == 0 ? 0 : (max() - min()) / m * 100;
    }
  }
}
