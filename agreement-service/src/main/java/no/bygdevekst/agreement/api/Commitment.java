package no.bygdevekst.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one or more parties or partners commit to (forpliktelse), overall or under a sub-goal. */
@Schema(description = "A commitment (forpliktelse)")
public record Commitment(
    @Schema(
            description =
                "Who commits: principal party ids (kommunenummer, KDD) and partner organisation numbers",
            example = "[\"986038009\"]")
        @NotEmpty
        @Size(max = 50)
        List<@NotBlank String> committedBy,
    @Schema(
            description = "The sub-goal it belongs to; absent for the agreement as a whole",
            example = "1")
        @Positive
        Integer subGoalNumber,
    @Schema(
            example =
                "Koordinere arbeidet med oppfølging i og på tvers av bygdevekstavtalene under dette delmålet.")
        @NotBlank
        @Size(max = 10000)
        String text) {}
