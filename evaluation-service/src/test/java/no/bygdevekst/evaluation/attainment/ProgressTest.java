package no.bygdevekst.evaluation.attainment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.evaluation.indicator.Indicator;
import no.bygdevekst.evaluation.indicator.IndicatorTarget;
import no.bygdevekst.evaluation.indicator.MeasureType;
import no.bygdevekst.evaluation.indicator.Measurement;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void ascendingIndicatorReachesOneAtItsTarget() {
    // 4 dwellings a year at the baseline, 10 the target, 7 built: half the way.
    assertEquals(new BigDecimal("0.5000"), progress("4", "10", "7", true));
    assertEquals(new BigDecimal("1.0000"), progress("4", "10", "10", true));
    assertEquals(new BigDecimal("0.0000"), progress("4", "10", "4", true));
  }

  @Test
  void descendingIndicatorIsTurnedSoThatReachingTheTargetIsAlsoOne() {
    // 40 vacant posts at the baseline, 10 the target (lower is better).
    assertEquals(new BigDecimal("0.5000"), progress("40", "10", "25", false));
    assertEquals(new BigDecimal("1.0000"), progress("40", "10", "10", false));
    assertEquals(new BigDecimal("1.3333"), progress("40", "10", "0", false));
  }

  @Test
  void movingTheWrongWayIsNegativeAndBeyondTheTargetAboveOne() {
    assertEquals(new BigDecimal("-0.5000"), progress("4", "10", "1", true));
    assertEquals(new BigDecimal("-0.1000"), progress("40", "10", "43", false));
    assertEquals(new BigDecimal("1.5000"), progress("4", "10", "13", true));
  }

  @Test
  void decimalsAreExactAndRoundedHalfUpToFourPlaces() {
    // Percentages: 0.1 + 0.2 style values that floating point would blur.
    assertEquals(new BigDecimal("0.3333"), progress("10.1", "10.4", "10.2", true));
    assertEquals(new BigDecimal("0.6667"), progress("10.1", "10.4", "10.3", true));
  }

  @Test
  void aTargetEqualToTheBaselineHasNoWayToGo() {
    assertThrows(IllegalArgumentException.class, () -> progress("5", "5", "6", true));
  }

  @Test
  void qualitativeProgressCountsStepsOnTheScale() {
    Indicator indicator = indicator(MeasureType.QUALITATIVE, null, true);
    indicator.assessmentScale.addAll(List.of("Ikke startet", "Startet", "Godt i gang", "Oppnådd"));
    indicator.baselineAssessment = "Ikke startet";
    IndicatorTarget target = new IndicatorTarget(2027, null, "Oppnådd");
    assertEquals(
        new BigDecimal("0.6667"),
        IndicatorProgress.progress(indicator, target, measured(null, "Godt i gang")));
    YearAttainment year = IndicatorProgress.of(indicator, target, measured(null, "Startet"), 2025);
    assertEquals(MeasurementState.MEASURED, year.state());
    assertEquals("Startet", year.actual().assessment());
    assertEquals(new BigDecimal("0.3333"), year.progress());
  }

  @Test
  void nominalTargetIsReachedOrNot() {
    Indicator indicator = indicator(MeasureType.NOMINAL, "0", true);
    IndicatorTarget target = new IndicatorTarget(2026, new BigDecimal("3"), null);
    assertEquals(
        new BigDecimal("1.0000"),
        IndicatorProgress.progress(indicator, target, measured(new BigDecimal("3.0"), null)));
    assertEquals(
        new BigDecimal("0.0000"),
        IndicatorProgress.progress(indicator, target, measured(new BigDecimal("2"), null)));
  }

  @Test
  void aYearWithoutMeasurementIsMissingNeverZero() {
    Indicator indicator = indicator(MeasureType.UNIT, "4", true);
    YearAttainment year =
        IndicatorProgress.of(
            indicator, new IndicatorTarget(2025, BigDecimal.TEN, null), null, 2025);
    assertEquals(MeasurementState.MISSING, year.state());
    assertNull(year.actual());
    assertNull(year.progress());
  }

  @Test
  void aYearWithoutItsOwnTargetWorksTowardsTheNextOne() {
    Indicator indicator = indicator(MeasureType.UNIT, "4", true);
    indicator.targets.add(new IndicatorTarget(2025, new BigDecimal("6"), null));
    indicator.targets.add(new IndicatorTarget(2027, new BigDecimal("10"), null));
    assertEquals(2025, indicator.targetFor(2024).year);
    assertEquals(2025, indicator.targetFor(2025).year);
    assertEquals(2027, indicator.targetFor(2026).year);
    assertEquals(2027, indicator.targetFor(2030).year);
    assertEquals(2027, indicator.finalTarget().year);
  }

  private static BigDecimal progress(
      String baseline, String target, String actual, boolean ascending) {
    return Progress.of(
        new BigDecimal(baseline), new BigDecimal(target), new BigDecimal(actual), ascending);
  }

  private static Indicator indicator(MeasureType type, String baseline, boolean ascending) {
    Indicator indicator = new Indicator();
    indicator.id = UUID.randomUUID();
    indicator.measureType = type;
    indicator.ascending = ascending;
    indicator.baselineValue = baseline == null ? null : new BigDecimal(baseline);
    indicator.baselineYear = 2023;
    return indicator;
  }

  private static Measurement measured(BigDecimal value, String assessment) {
    Measurement m = new Measurement();
    m.id = UUID.randomUUID();
    m.year = 2025;
    m.value = value;
    m.assessment = assessment;
    m.source = "test";
    return m;
  }
}
