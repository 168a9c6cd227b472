package no.bygdevekst.evaluation.indicator;

import java.util.UUID;
import no.bygdevekst.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a 409 on recording a measurement adds ({@link MeasurementService}); API description only.
 */
@Schema(
    name = "MeasurementConflictProblem",
    description =
        "A conflict (/problems/conflict): the year has a value in force already, or the one to"
            + " correct was corrected before; names the value in force, to correct instead",
    allOf = Problem.class)
public record MeasurementConflictProblem(
    @Schema(description = "The measurement in force for the year") UUID currentMeasurementId) {}
