package no.bygdevekst.agreement.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A cooperation partner, as stored in {@code agreement_partner}. */
@Embeddable
public class PartnerRow {
  @Column(name = "organisation_number", nullable = false)
  public String organisationNumber;

  @Column(nullable = false)
  public String name;

  protected PartnerRow() {}

  public PartnerRow(String organisationNumber, String name) {
    this.organisationNumber = organisationNumber;
    this.name = name;
  }
}
