package no.bygdevekst.evaluation.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import no.bygdevekst.evaluation.events.GrantTotalsChanged;
import org.jboss.logging.Logger;

/** Keeps each grant's latest totals from the funding service's events. */
@ApplicationScoped
public class FundingProjection {
  private static final Logger LOG = Logger.getLogger(FundingProjection.class);

  /**
   * Keeps the grant's totals unless totals of the same or a higher grantVersion are already kept.
   *
   * @return whether the read model changed
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean apply(GrantTotalsChanged event) {
    GrantTotals grant = GrantTotals.<GrantTotals>findByIdOptional(event.grantId()).orElse(null);
    if (grant != null && grant.grantVersion >= event.grantVersion()) {
      LOG.debugf(
          "Grant %s version %d ignored: version %d is kept",
          event.grantId(), event.grantVersion(), grant.grantVersion);
      return false;
    }
    boolean created = grant == null;
    if (created) {
      grant = new GrantTotals();
      grant.grantId = event.grantId();
    }
    grant.agreementId = event.agreementId();
    grant.year = event.year();
    grant.grantVersion = event.grantVersion();
    grant.grantedOre = event.grantedOre();
    grant.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    grant.subGoals.clear();
    for (GrantTotalsChanged.SubGoal s : event.subGoals()) {
      grant.subGoals.add(
          new GrantSubGoalTotals(
              s.subGoalNumber(), s.allocatedOre(), s.ownResourcesOre(), s.disbursedOre()));
    }
    if (created) {
      grant.persist();
    }
    return true;
  }
}
