package no.bygdevekst.evaluation.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import no.bygdevekst.platform.inbox.RepresentedParties;

/**
 * Who acts for whom, from this service's own read models: people from the registers of
 * representatives, a municipality's system by the organisation number its agreements record.
 */
@ApplicationScoped
public class EvaluationPartyDirectory extends RepresentedParties {
  public EvaluationPartyDirectory(EntityManager em) {
    super(
        em,
        Representative.class,
        "select distinct party_id from agreement_view_party"
            + " where organisation_number = ?1 and upper(kind) = 'MUNICIPALITY'");
  }
}
