package no.bygdevekst.evaluation.attainment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusRuleTest {
  private final StatusRule rule = new StatusRule(new BigDecimal("0.9"), new BigDecimal("0.5"));

  @Test
  void thresholdsAreInclusiveFromBelow() {
    assertEquals(SubGoalStatus.ON_TRACK, status("0.9"));
    assertEquals(SubGoalStatus.AT_RISK, status("0.8999"));
    assertEquals(SubGoalStatus.AT_RISK, status("0.5"));
    assertEquals(SubGoalStatus.OFF_TRACK, status("0.4999"));
    assertEquals(SubGoalStatus.OFF_TRACK, status("-0.2"));
  }

  @Test
  void theMeanOfTheIndicatorsDecides() {
    StatusRule.Judgement judgement = rule.judge(decimals("1.0", "0.6"));
    assertEquals(SubGoalStatus.ON_TRACK, status("1.0", "0.8"));
    assertEquals(SubGoalStatus.AT_RISK, judgement.status());
    assertEquals(new BigDecimal("0.8000"), judgement.progress());
  }

  @Test
  void anIndicatorFarBeyondItsTargetCannotHideOneThatLags() {
    // Uncapped the mean would be 1.1 (on track); each counts at most 1, so the mean is 0.6.
    StatusRule.Judgement judgement = rule.judge(decimals("2.0", "0.2"));
    assertEquals(SubGoalStatus.AT_RISK, judgement.status());
    assertEquals(new BigDecimal("0.6000"), judgement.progress());
  }

  @Test
  void noMeasuredIndicatorIsNoData() {
    StatusRule.Judgement judgement = rule.judge(List.of());
    assertEquals(SubGoalStatus.NO_DATA, judgement.status());
    assertNull(judgement.progress());
  }

  @Test
  void otherThresholdsCanBeConfigured() {
    StatusRule strict = new StatusRule(new BigDecimal("1.0"), new BigDecimal("0.75"));
    assertEquals(SubGoalStatus.AT_RISK, strict.judge(decimals("0.9")).status());
    assertEquals(SubGoalStatus.OFF_TRACK, strict.judge(decimals("0.7")).status());
  }

  @Test
  void invertedThresholdsAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new StatusRule(new BigDecimal("0.5"), new BigDecimal("0.9")));
  }

  private SubGoalStatus status(String... progress) {
    return rule.judge(decimals(progress)).status();
  }

  private static List<BigDecimal> decimals(String... values) {
    return Arrays.stream(values).map(BigDecimal::new).toList();
  }
}
