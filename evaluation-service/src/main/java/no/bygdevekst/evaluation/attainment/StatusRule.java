package no.bygdevekst.evaluation.attainment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Turns the progress of a sub-goal's measured indicators into a status. Each indicator counts at
 * most 1 (a target reached), so that one indicator far beyond its target cannot hide another that
 * lags; the mean of those is compared with the thresholds. No measured indicator: NO_DATA.
 *
 * @param onTrack mean progress at or above this is ON_TRACK
 * @param atRisk mean progress at or above this, below onTrack, is AT_RISK; below it OFF_TRACK
 */
@Schema(description = "The thresholds the statuses were judged by")
public record StatusRule(
    @Schema(example = "0.9") BigDecimal onTrack, @Schema(example = "0.5") BigDecimal atRisk) {

  public StatusRule {
    if (onTrack.compareTo(atRisk) <= 0) {
      throw new IllegalArgumentException(
          "The on-track threshold " + onTrack + " must be above the at-risk threshold " + atRisk);
    }
  }

  /** A sub-goal's status and the mean progress it was judged by (null with NO_DATA). */
  public record Judgement(SubGoalStatus status, BigDecimal progress) {}

  public Judgement judge(List<BigDecimal> progress) {
    if (progress.isEmpty()) {
      return new Judgement(SubGoalStatus.NO_DATA, null);
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal p : progress) {
      sum = sum.add(p.min(BigDecimal.ONE));
    }
    BigDecimal mean =
        sum.divide(BigDecimal.valueOf(progress.size()), Progress.SCALE, RoundingMode.HALF_UP);
    SubGoalStatus status;
    if (mean.compareTo(onTrack) >= 0) {
      status = SubGoalStatus.ON_TRACK;
    } else if (mean.compareTo(atRisk) >= 0) {
      status = SubGoalStatus.AT_RISK;
    } else {
      status = SubGoalStatus.OFF_TRACK;
    }
    return new Judgement(status, mean);
  }
}
