package no.bygdevekst.actionplan.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import no.bygdevekst.platform.inbox.RepresentedParties;

/**
 * Who acts for whom, from this service's own read models: people from the registers of
 * representatives, a municipality's system by the organisation number its agreements record (kept
 * in each agreement's JSON state).
 */
@ApplicationScoped
public class PlanPartyDirectory extends RepresentedParties {
  public PlanPartyDirectory(EntityManager em) {
    super(
        em,
        Representative.class,
        "select distinct p ->> 'partyId' from agreement_view v"
            + " cross join lateral jsonb_array_elements(v.state -> 'principalParties') p"
            + " where p ->> 'organisationNumber' = ?1 and p ->> 'kind' = 'MUNICIPALITY'");
  }
}
