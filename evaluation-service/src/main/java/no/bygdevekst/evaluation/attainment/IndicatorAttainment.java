package no.bygdevekst.evaluation.attainment;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.evaluation.indicator.Baseline;
import no.bygdevekst.evaluation.indicator.MeasureType;
import no.bygdevekst.evaluation.indicator.Target;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An indicator's attainment: the target that applies, the value in force (absent when MISSING), and
 * the progress towards the target (absent when MISSING).
 *
 * @param year the year reported: the report's year, or in the final report the latest year measured
 * @param measures titles of the approved plan's measures that name this indicator as a result
 *     target
 * @param years in the final report only: every year of the period
 */
public record IndicatorAttainment(
    UUID indicatorId,
    String name,
    String unit,
    MeasureType measureType,
    boolean ascending,
    Baseline baseline,
    int year,
    Target target,
    Actual actual,
    MeasurementState state,
    @Schema(example = "0.75", description = "1 = target reached; absent when MISSING")
        BigDecimal progress,
    List<String> measures,
    List<YearAttainment> years) {}
