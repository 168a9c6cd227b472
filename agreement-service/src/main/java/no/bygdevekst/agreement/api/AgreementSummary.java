package no.bygdevekst.agreement.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agreement in a list. */
@Schema(description = "An agreement in a list")
public record AgreementSummary(
    UUID id,
    long version,
    AgreementStatus status,
    String title,
    String pilotArea,
    Period period,
    List<PrincipalParty> principalParties) {

  /** As {@link AgreementView#activatedOn}: active, at the version its activation will have. */
  public AgreementSummary activated() {
    return new AgreementSummary(
        id, version + 1, AgreementStatus.ACTIVE, title, pilotArea, period, principalParties);
  }
}
