package no.bygdevekst.actionplan.plan;

import java.util.List;
import no.bygdevekst.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a 409 adds when a plan cannot be submitted or approved yet ({@link PlanService}, {@link
 * ApprovalService}); API description only.
 */
@Schema(
    name = "PlanNotReadyProblem",
    description =
        "A conflict (/problems/conflict); when the plan is not ready it says why: measures that"
            + " no longer fit the agreement, or the consents still missing and the objections",
    allOf = Problem.class)
public record PlanNotReadyProblem(
    @Schema(
            description =
                "Measures that use a sub-goal, partner or party the agreement no longer has")
        List<Readiness.InvalidMeasure> invalidMeasures,
    @Schema(description = "Named partners of sub-goals with measures that have not consented")
        List<Readiness.MissingConsent> missingConsents,
    @Schema(description = "The objections among them, with their comments")
        List<Readiness.Objection> objections) {}
