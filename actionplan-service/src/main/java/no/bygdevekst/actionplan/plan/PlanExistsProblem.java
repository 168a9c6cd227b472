package no.bygdevekst.actionplan.plan;

import java.util.UUID;
import no.bygdevekst.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a 409 adds when the year has a plan already ({@link PlanService}); API description only. */
@Schema(
    name = "PlanExistsProblem",
    description =
        "A conflict (/problems/conflict); when the year has a plan already, it names the latest"
            + " revision of it",
    allOf = Problem.class)
public record PlanExistsProblem(
    @Schema(description = "The latest revision of the year's plan") UUID existingPlanId,
    @Schema(description = "Its revision number", examples = "1") Integer existingRevision) {}
