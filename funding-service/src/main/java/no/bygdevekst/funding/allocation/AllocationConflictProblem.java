package no.bygdevekst.funding.allocation;

import no.bygdevekst.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a 409 on an allocation or reallocation adds ({@link AllocationService}); API description
 * only.
 */
@Schema(
    name = "AllocationConflictProblem",
    description =
        "A conflict (/problems/conflict); when the amount is beyond what there is, it says how"
            + " much there is: the grant money not yet allocated (allocation), or what can be moved"
            + " from where it comes from (reallocation)",
    allOf = Problem.class)
public record AllocationConflictProblem(
    @Schema(description = "Grant money not yet allocated, in øre", examples = "50000000")
        Long unallocatedOre,
    @Schema(description = "Grant money that can be moved, in øre", examples = "35000000")
        Long availableOre) {}
