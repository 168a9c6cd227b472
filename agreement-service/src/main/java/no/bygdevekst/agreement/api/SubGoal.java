package no.bygdevekst.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A numbered sub-goal (delmål) with the partners named under it. */
@Schema(description = "A sub-goal (delmål)")
public record SubGoal(
    @Schema(description = "Unique within the agreement", example = "1") @NotNull @Positive
        Integer number,
    @Schema(example = "Øke boligbygging og utvikle nye boligtilbud") @NotBlank @Size(max = 300)
        String title,
    @Size(max = 10000) String description,
    @Schema(
            description = "Organisation numbers of the cooperation partners named under it",
            example = "[\"986038009\", \"830090282\"]")
        @Size(max = 50)
        List<
                @NotNull
                @Pattern(regexp = CooperationPartner.ORG_PATTERN, message = "must be nine digits")
                String>
            partners,
    @Schema(
            description = "The partner that coordinates the sub-goal, if any",
            example = "986038009")
        @Pattern(regexp = CooperationPartner.ORG_PATTERN, message = "must be nine digits")
        String coordinator,
    @Schema(
            description = "Numbers of sub-goals its work is seen together with (kept both ways)",
            example = "[2]")
        @Size(max = 50)
        List<@NotNull @Positive Integer> relatedSubGoals) {

  public SubGoal {
    partners = Lists.orEmpty(partners);
    relatedSubGoals = Lists.orEmpty(relatedSubGoals);
  }
}
