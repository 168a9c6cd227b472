package no.bygdevekst.evaluation.attainment;

import java.math.BigDecimal;
import no.bygdevekst.evaluation.indicator.Indicator;
import no.bygdevekst.evaluation.indicator.IndicatorTarget;
import no.bygdevekst.evaluation.indicator.Measurement;

/** One indicator's progress in one year, by its measure type. */
public final class IndicatorProgress {
  private IndicatorProgress() {}

  /**
   * The attainment of {@code indicator} in {@code year} against {@code target}, from the value in
   * force {@code measurement}, or MISSING without progress when there is none.
   */
  public static YearAttainment of(
      Indicator indicator, IndicatorTarget target, Measurement measurement, int year) {
    if (measurement == null) {
      return new YearAttainment(year, target.view(), null, MeasurementState.MISSING, null);
    }
    return new YearAttainment(
        year,
        target.view(),
        actual(measurement),
        MeasurementState.MEASURED,
        progress(indicator, target, measurement));
  }

  /** Progress of a measured value towards a target; see {@link Progress}. */
  public static BigDecimal progress(
      Indicator indicator, IndicatorTarget target, Measurement measurement) {
    return switch (indicator.measureType) {
      case QUALITATIVE ->
          Progress.onScale(
              position(indicator, indicator.baselineAssessment),
              position(indicator, target.assessment),
              position(indicator, measurement.assessment));
      case NOMINAL -> Progress.nominal(target.value, measurement.value);
      case UNIT, PERCENTAGE, ORDINAL ->
          Progress.of(
              indicator.baselineValue, target.value, measurement.value, indicator.ascending);
    };
  }

  static Actual actual(Measurement m) {
    return new Actual(m.id, m.year, m.value, m.assessment, m.narrative, m.source, m.recordedAt);
  }

  private static int position(Indicator indicator, String assessment) {
    return indicator
        .scalePosition(assessment)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "'" + assessment + "' is not on the scale of indicator " + indicator.id));
  }
}
