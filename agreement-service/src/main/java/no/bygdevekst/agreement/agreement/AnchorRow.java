package no.bygdevekst.agreement.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import no.bygdevekst.agreement.api.AnchorKind;

/** An anchoring decision or plan, as stored in {@code agreement_anchor}. */
@Embeddable
public class AnchorRow {
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public AnchorKind kind;

  @Column(nullable = false)
  public String reference;

  @Column(name = "decided_on")
  public LocalDate date;

  @Column(name = "party_id")
  public String partyId;

  protected AnchorRow() {}

  public AnchorRow(AnchorKind kind, String reference, LocalDate date, String partyId) {
    this.kind = kind;
    this.reference = reference;
    this.date = date;
    this.partyId = partyId;
  }
}
