package no.bygdevekst.evaluation.attainment;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A sub-goal's attainment beside its money.
 *
 * @param progress the mean progress the status was judged by; absent with NO_DATA
 * @param measureCount measures in the approved plan (the year's, or in the final report all
 *     distinct measures of the period's plans)
 */
public record SubGoalAttainment(
    @Schema(example = "1") int number,
    String title,
    SubGoalStatus status,
    @Schema(example = "0.8125") BigDecimal progress,
    int indicatorCount,
    int measuredCount,
    int missingCount,
    int measureCount,
    Money money,
    List<IndicatorAttainment> indicators) {}
