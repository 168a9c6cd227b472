package no.bygdevekst.funding.appropriation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request to record the scheme's budget for a year. */
public record NewAppropriation(
    @Schema(example = "2025") @NotNull @Min(2000) @Max(2100) Integer year,
    @Schema(description = "The amount in whole øre", example = "2500000000") @NotNull @Positive
        Long amountOre,
    @Schema(
            description = "The budget decision that set it",
            example = "Prop. 1 S (2024-2025), kap. 553 post 65")
        @NotBlank
        @Size(max = 200)
        String budgetDecisionReference,
    @Schema(example = "Tilskudd til bygdevekstavtaler 2025") @Size(max = 1000)
        String description) {}
