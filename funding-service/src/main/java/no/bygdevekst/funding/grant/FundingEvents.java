package no.bygdevekst.funding.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.funding.events.DisbursementRecorded;
import no.bygdevekst.funding.events.FundsAllocated;
import no.bygdevekst.funding.events.FundsReallocated;
import no.bygdevekst.funding.events.GrantAwarded;
import no.bygdevekst.funding.events.SubGoalTotals;
import no.bygdevekst.funding.ledger.GrantPosition;
import no.bygdevekst.platform.outbox.Outbox;

/**
 * Records funding events in the outbox, in the command's transaction. Each carries the grant's
 * per-sub-goal totals after the change and its {@code grantVersion}; the record key is the
 * agreement id.
 */
@ApplicationScoped
public class FundingEvents {
  static final int SCHEMA_VERSION = 1;

  private final Outbox outbox;

  @Inject
  public FundingEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void grantAwarded(
      Grant grant,
      GrantPosition position,
      Instant at,
      String actor,
      UUID appropriationId,
      long amountOre,
      boolean addition,
      UUID planId,
      int planRevision) {
    record(
        grant,
        "GrantAwarded",
        new GrantAwarded(
            grant.id,
            grant.agreementId,
            grant.year,
            grant.grantVersion,
            grant.grantedOre,
            totals(position),
            at,
            actor,
            appropriationId,
            amountOre,
            addition,
            planId,
            planRevision));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void fundsAllocated(
      Grant grant,
      GrantPosition position,
      Instant at,
      String actor,
      UUID entryId,
      int subGoalNumber,
      UUID measureId,
      long grantAmountOre,
      long ownResourcesOre) {
    record(
        grant,
        "FundsAllocated",
        new FundsAllocated(
            grant.id,
            grant.agreementId,
            grant.year,
            grant.grantVersion,
            grant.grantedOre,
            totals(position),
            at,
            actor,
            entryId,
            subGoalNumber,
            measureId,
            grantAmountOre,
            ownResourcesOre));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void fundsReallocated(
      Grant grant,
      GrantPosition position,
      Instant at,
      String actor,
      UUID reallocationId,
      int fromSubGoalNumber,
      UUID fromMeasureId,
      int toSubGoalNumber,
      UUID toMeasureId,
      long amountOre) {
    record(
        grant,
        "FundsReallocated",
        new FundsReallocated(
            grant.id,
            grant.agreementId,
            grant.year,
            grant.grantVersion,
            grant.grantedOre,
            totals(position),
            at,
            actor,
            reallocationId,
            fromSubGoalNumber,
            fromMeasureId,
            toSubGoalNumber,
            toMeasureId,
            amountOre));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void disbursementRecorded(
      Grant grant,
      GrantPosition position,
      Instant at,
      String actor,
      UUID disbursementId,
      boolean finalDisbursement,
      long amountOre,
      List<DisbursementRecorded.Line> lines) {
    record(
        grant,
        "DisbursementRecorded",
        new DisbursementRecorded(
            grant.id,
            grant.agreementId,
            grant.year,
            grant.grantVersion,
            grant.grantedOre,
            totals(position),
            at,
            actor,
            disbursementId,
            finalDisbursement,
            amountOre,
            lines));
  }

  private void record(Grant grant, String eventName, Object payload) {
    outbox.record(grant.agreementId, eventName, SCHEMA_VERSION, payload);
  }

  /** The sub-goals' totals after the change, as every funding event carries them. */
  private static List<SubGoalTotals> totals(GrantPosition position) {
    return position.subGoals().stream()
        .map(
            s ->
                new SubGoalTotals(
                    s.subGoalNumber(), s.allocatedOre(), s.ownResourcesOre(), s.disbursedOre()))
        .toList();
  }
}
