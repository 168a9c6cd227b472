package no.bygdevekst.agreement.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import no.bygdevekst.agreement.representative.Representative;
import no.bygdevekst.platform.inbox.RepresentedParties;

/**
 * What agreement-service knows of who acts for whom: a municipality's organisation number as its
 * agreements record it beside the kommunenummer, and the people of its own registers of
 * representatives (the same query as every other service's read model of them).
 */
@ApplicationScoped
public class AgreementPartyDirectory extends RepresentedParties {
  public AgreementPartyDirectory(EntityManager em) {
    super(
        em,
        Representative.class,
        "select distinct party_id from agreement_party"
            + " where organisation_number = ?1 and kind = 'MUNICIPALITY'");
  }
}
