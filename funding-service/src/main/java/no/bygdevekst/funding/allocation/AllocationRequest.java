package no.bygdevekst.funding.allocation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Grant money and own resources to allocate to a sub-goal, or to a measure under it. */
public record AllocationRequest(
    @Schema(description = "A sub-goal of the approved plan", example = "1") @NotNull @Positive
        Integer subGoalNumber,
    @Schema(description = "A measure of the approved plan under that sub-goal (optional)")
        UUID measureId,
    @Schema(description = "Grant money, in whole øre", example = "100000000")
        @NotNull
        @PositiveOrZero
        Long grantAmountOre,
    @Schema(description = "The municipalities' own resources, in whole øre", example = "25000000")
        @NotNull
        @PositiveOrZero
        Long ownResourcesOre,
    @Schema(example = "Fordeling etter vedtak i styringsgruppen 2025-03-10") @Size(max = 1000)
        String note) {}
