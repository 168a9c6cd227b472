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

  /** A municipality's organisation number, by which its own system is recognised; or null. */
  @Column(name = "organisation_number")
  public String organisationNumber;

  protected PrincipalParty() {}

  public PrincipalParty(String partyId, String kind, String name, String organisationNumber) {
    this.partyId = partyId;
    this.kind = kind;
    this.name = name;
    this.organisationNumber = organisationNumber;
  }
}
