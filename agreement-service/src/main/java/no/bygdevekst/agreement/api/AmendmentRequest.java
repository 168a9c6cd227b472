package no.bygdevekst.agreement.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An amendment of a signed or active agreement, with its reason. Each part that is present replaces
 * the agreement's; an absent part stays as it is. Principal parties never change by amendment.
 */
@Schema(description = "An amendment (endring) of a signed or active agreement")
public record AmendmentRequest(
    @Schema(example = "Delmål 6 utvidet etter politisk dialogmøte 2025") @NotBlank @Size(max = 2000)
        String reason,
    @Valid Period period,
    @Size(max = 100) List<@NotNull @Valid CooperationPartner> partners,
    @Size(max = 50) List<@NotNull @Valid SubGoal> subGoals,
    @Size(max = 500) List<@NotNull @Valid Commitment> commitments,
    @Size(max = 200) List<@NotNull @Valid Anchor> anchoring) {}
