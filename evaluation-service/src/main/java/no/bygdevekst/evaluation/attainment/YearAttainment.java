package no.bygdevekst.evaluation.attainment;

import java.math.BigDecimal;
import no.bygdevekst.evaluation.indicator.Target;

/** One year of an indicator in the final report: its target, its value or MISSING, its progress. */
public record YearAttainment(
    int year, Target target, Actual actual, MeasurementState state, BigDecimal progress) {}
