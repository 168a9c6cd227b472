package no.bygdevekst.evaluation.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A principal party (hovedpart) of an agreement: a municipality by kommunenummer, or KDD. */
@Embeddable
public class AgreementParty {
  @Column(name = "party_id")
  public String partyId;

  public String kind;
  public String name;

  /** A municipality's organisation number, by which its own system is recognised; or null. */
  @Column(name = "organisation_number")
  public String organisationNumber;

  public AgreementParty() {}

  public AgreementParty(String partyId, String kind, String name, String organisationNumber) {
    this.partyId = partyId;
    this.kind = kind;
    this.name = name;
    this.organisationNumber = organisationNumber;
  }
}
