package no.bygdevekst.agreement.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The content of an agreement, as registered ({@code POST}) or as a draft is replaced ({@code
 * PUT}). Absent lists are empty.
 */
@Schema(description = "An agreement's content, for registering a draft or replacing it")
public record AgreementRequest(
    @Schema(example = "Bygdevekstavtale for Vestre Varanger") @NotBlank @Size(max = 300)
        String title,
    @Schema(example = "Vestre Varanger") @NotBlank @Size(max = 200) String pilotArea,
    @NotNull @Valid Period period,
    @Schema(description = "At least one municipality and the ministry (KDD)")
        @NotEmpty
        @Size(max = 50)
        List<@NotNull @Valid PrincipalParty> principalParties,
    @Size(max = 100) List<@NotNull @Valid CooperationPartner> partners,
    @NotEmpty @Size(max = 50) List<@NotNull @Valid SubGoal> subGoals,
    @Size(max = 500) List<@NotNull @Valid Commitment> commitments,
    @Size(max = 200) List<@NotNull @Valid Anchor> anchoring) {

  public AgreementRequest {
    principalParties = Lists.orEmpty(principalParties);
    partners = Lists.orEmpty(partners);
    subGoals = Lists.orEmpty(subGoals);
    commitments = Lists.orEmpty(commitments);
    anchoring = Lists.orEmpty(anchoring);
  }
}
