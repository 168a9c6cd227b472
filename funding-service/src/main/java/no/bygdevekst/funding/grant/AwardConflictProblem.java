package no.bygdevekst.funding.grant;

import java.util.UUID;
import no.bygdevekst.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a 409 on an award adds ({@link GrantService}); API description only. */
@Schema(
    name = "AwardConflictProblem",
    description =
        "A conflict (/problems/conflict); names the grant the agreement has for the year when an"
            + " award without addition finds one, and what the appropriation has left when the"
            + " award is beyond it",
    allOf = Problem.class)
public record AwardConflictProblem(
    @Schema(description = "The agreement's grant for the year, to add to") UUID grantId,
    @Schema(description = "What the appropriation has left, in øre", examples = "25000000")
        Long remainingOre) {}
