package no.bygdevekst.evaluation.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.bygdevekst.platform.events.EventEnvelope;
import no.bygdevekst.platform.inbox.LatestVersions;
import no.bygdevekst.platform.inbox.ReadModel;

/**
 * Keeps each grant's latest totals from the funding service's events: every funding event carries
 * them, so all four types are read the same way, and totals of the same or a lower grantVersion
 * than those kept change nothing.
 */
@ApplicationScoped
public class FundingProjection implements ReadModel.Source {
  public static final String CONSUMER = "funding-read-model";

  private final LatestVersions latest;

  @Inject
  public FundingProjection(LatestVersions latest) {
    this.latest = latest;
  }

  @Override
  public ReadModel readModel() {
    return ReadModel.of("grant-totals", CONSUMER, "funding")
        .on(GrantTotalsChanged.EVENTS, GrantTotalsChanged.class, this::apply)
        .tables(ReadModel.tablesOf(GrantTotals.class));
  }

  /**
   * @return whether the read model changed
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean apply(EventEnvelope event, GrantTotalsChanged totals) {
    return latest.apply(
        GrantTotals.class,
        totals.grantId(),
        totals.grantVersion(),
        totals,
        event,
        GrantTotals::new,
        GrantTotals::hold);
  }
}
