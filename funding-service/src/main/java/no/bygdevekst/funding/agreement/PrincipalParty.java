package no.bygdevekst.funding.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A signatory of an agreement: a municipality by kommunenummer, or the ministry ("KDD"). */
@Embeddable
public class PrincipalParty {
  @Column(name = "party_id", nullable = false)
  public String partyId;

  @Column(nullable = false)
  public String kind;

  public String name;

  protected PrincipalParty() {}

  public PrincipalParty(String partyId, String kind, String name) {
    this.partyId = partyId;
    this.kind = kind;
    this.name = name;
  }
}
