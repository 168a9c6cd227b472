package no.bygdevekst.funding.grant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request to award a grant (tilsagn) to an agreement for a year, or to add to its grant. */
public record AwardRequest(
    @NotNull UUID agreementId,
    @Schema(example = "2025") @NotNull @Min(2000) @Max(2100) Integer year,
    @Schema(description = "The appropriation of that year the money comes from") @NotNull
        UUID appropriationId,
    @Schema(description = "The amount awarded now, in whole øre", example = "500000000")
        @NotNull
        @Positive
        Long amountOre,
    @Schema(
            description = "The conditions of the award (vilkår)",
            example = "Tilskuddet skal brukes til tiltakene i godkjent handlingsplan for 2025.")
        @NotBlank
        @Size(max = 10000)
        String conditions,
    @Schema(
            description =
                "true to add to the agreement's existing grant for the year; without it a second"
                    + " grant for the same agreement and year is refused",
            defaultValue = "false")
        Boolean addition) {

  public boolean isAddition() {
    return Boolean.TRUE.equals(addition);
  }
}
