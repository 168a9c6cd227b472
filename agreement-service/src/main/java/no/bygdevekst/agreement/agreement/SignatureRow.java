package no.bygdevekst.agreement.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/** A signature, as stored in {@code agreement_signature}. */
@Embeddable
public class SignatureRow {
  @Column(name = "party_id", nullable = false)
  public String partyId;

  @Column(name = "political_decision_date", nullable = false)
  public LocalDate politicalDecisionDate;

  @Column(name = "signed_by", nullable = false)
  public String signedBy;

  @Column(name = "signed_at", nullable = false)
  public Instant signedAt;

  @Column(name = "recorded_by", nullable = false)
  public String recordedBy;

  protected SignatureRow() {}

  public SignatureRow(
      String partyId,
      LocalDate politicalDecisionDate,
      String signedBy,
      Instant signedAt,
      String recordedBy) {
    this.partyId = partyId;
    this.politicalDecisionDate = politicalDecisionDate;
    this.signedBy = signedBy;
    this.signedAt = signedAt;
    this.recordedBy = recordedBy;
  }
}
