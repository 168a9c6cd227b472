package no.bygdevekst.evaluation.attainment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How far an indicator has come from its baseline towards its target: 0 at the baseline, 1 at the
 * target, above 1 beyond it, below 0 when it moved the wrong way. Computed in decimals, never in
 * floating point, and rounded to {@value #SCALE} places.
 */
public final class Progress {
  public static final int SCALE = 4;

  private Progress() {}

  /**
   * (actual - baseline) / (target - baseline), turned for an indicator where lower is better so
   * that reaching the target is 1 either way: (baseline - actual) / (baseline - target).
   *
   * @throws IllegalArgumentException when target and baseline are equal: there is no way to go
   */
  public static BigDecimal of(
      BigDecimal baseline, BigDecimal target, BigDecimal actual, boolean ascending) {
    BigDecimal way = ascending ? target.subtract(baseline) : baseline.subtract(target);
    BigDecimal come = ascending ? actual.subtract(baseline) : baseline.subtract(actual);
    if (way.signum() == 0) {
      throw new IllegalArgumentException("Target equals baseline " + baseline.toPlainString());
    }
    return come.divide(way, SCALE, RoundingMode.HALF_UP);
  }

  /**
   * A qualitative indicator's progress from the positions of its assessments on its scale (worst =
   * 0), computed as for an ascending indicator.
   */
  public static BigDecimal onScale(int baseline, int target, int actual) {
    return of(
        BigDecimal.valueOf(baseline), BigDecimal.valueOf(target), BigDecimal.valueOf(actual), true);
  }

  /** A nominal indicator has no distance: its target is reached (1) or not (0). */
  public static BigDecimal nominal(BigDecimal target, BigDecimal actual) {
    return actual.compareTo(target) == 0
        ? BigDecimal.ONE.setScale(SCALE)
        : BigDecimal.ZERO.setScale(SCALE);
  }
}
