package no.bygdevekst.agreement.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import no.bygdevekst.agreement.api.PartyKind;

/** A principal party, as stored in {@code agreement_party}. */
@Embeddable
public class PartyRow {
  @Column(name = "party_id", nullable = false)
  public String partyId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public PartyKind kind;

  @Column(nullable = false)
  public String name;

  /** Its organisation number in Enhetsregisteret; null where it was not recorded. */
  @Column(name = "organisation_number")
  public String organisationNumber;

  protected PartyRow() {}

  public PartyRow(String partyId, PartyKind kind, String name, String organisationNumber) {
    this.partyId = partyId;
    this.kind = kind;
    this.name = name;
    this.organisationNumber = organisationNumber;
  }
}
