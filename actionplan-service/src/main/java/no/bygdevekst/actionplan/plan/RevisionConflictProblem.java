package no.bygdevekst.actionplan.plan;

import java.util.UUID;
import no.bygdevekst.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a 409 adds when a revision cannot be started ({@link RevisionService}); API description
 * only.
 */
@Schema(
    name = "RevisionConflictProblem",
    description =
        "A conflict (/problems/conflict); names the revision in force when this one was superseded,"
            + " or the revision already under way",
    allOf = Problem.class)
public record RevisionConflictProblem(
    @Schema(description = "The approved revision in force, to revise instead") UUID inForcePlanId,
    @Schema(description = "The revision already under way") UUID openPlanId,
    @Schema(description = "Its revision number", examples = "2") Integer openRevision) {}
