package no.bygdevekst.agreement.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One agreement, whole, at its current version. */
@Schema(description = "An agreement with parties, partners, sub-goals, commitments and signatures")
public record AgreementView(
    UUID id,
    @Schema(description = "Increases with every change; the ETag", example = "3") long version,
    AgreementStatus status,
    String title,
    String pilotArea,
    Period period,
    List<PrincipalParty> principalParties,
    List<CooperationPartner> partners,
    List<SubGoal> subGoals,
    List<Commitment> commitments,
    List<Anchor> anchoring,
    List<Signature> signatures,
    @Schema(description = "Principal parties that have not signed yet")
        List<String> awaitingSignatureFrom,
    Instant registeredAt,
    @Schema(description = "Token subject; absent on public endpoints") String registeredBy,
    Instant changedAt,
    @Schema(description = "Token subject; absent on public endpoints") String changedBy,
    LocalDate activatedOn,
    LocalDate concludedOn,
    String conclusionReason) {

  /**
   * The agreement as its activation on {@code day} will make it: active, from that day, at the next
   * version. Reads show a signed agreement whose start date has come so before the activation is
   * written; who changed it last and when stay as recorded until then.
   */
  public AgreementView activatedOn(LocalDate day) {
    return new AgreementView(
        id,
        version + 1,
        AgreementStatus.ACTIVE,
        title,
        pilotArea,
        period,
        principalParties,
        partners,
        subGoals,
        commitments,
        anchoring,
        signatures,
        awaitingSignatureFrom,
        registeredAt,
        registeredBy,
        changedAt,
        changedBy,
        day,
        concludedOn,
        conclusionReason);
  }

  /** What the public sees: the agreement without who did what inside the ministry's systems. */
  public AgreementView forPublic() {
    return new AgreementView(
        id,
        version,
        status,
        title,
        pilotArea,
        period,
        principalParties,
        partners,
        subGoals,
        commitments,
        anchoring,
        signatures.stream().map(Signature::withoutRecorder).toList(),
        awaitingSignatureFrom,
        registeredAt,
        null,
        changedAt,
        null,
        activatedOn,
        concludedOn,
        conclusionReason);
  }
}
