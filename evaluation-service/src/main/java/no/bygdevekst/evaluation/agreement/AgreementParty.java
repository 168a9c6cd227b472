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

  public AgreementParty() {}

  public AgreementParty(String partyId, String kind, String name) {
    this.partyId = partyId;
    this.kind = kind;
    this.name = name;
  }
}
