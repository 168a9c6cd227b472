package no.bygdevekst.funding.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.funding.ledger.GrantPosition;
import no.bygdevekst.funding.ledger.LedgerRepository;
import no.bygdevekst.funding.plan.ApprovedPlanRepository;

/** Reads a grant as the API shows it. */
@ApplicationScoped
public class GrantViews {
  private final GrantRepository grants;
  private final Payouts payouts;
  private final LedgerRepository ledger;
  private final ApprovedPlanRepository plans;

  @Inject
  public GrantViews(
      GrantRepository grants,
      Payouts payouts,
      LedgerRepository ledger,
      ApprovedPlanRepository plans) {
    this.grants = grants;
    this.payouts = payouts;
    this.ledger = ledger;
    this.plans = plans;
  }

  @Transactional
  public GrantView get(UUID id) {
    return of(grants.require(id));
  }

  @Transactional
  public GrantView of(Grant grant) {
    GrantPosition position = ledger.positionOf(grant.id, grant.grantedOre);
    GrantView.PlanRef plan =
        plans
            .inForce(grant.agreementId, grant.year)
            .map(p -> new GrantView.PlanRef(p.planId, p.revision, p.approvedAt))
            .orElse(null);
    List<GrantView.AwardView> awards =
        grants.awards(grant.id).stream()
            .map(
                a ->
                    new GrantView.AwardView(
                        a.id,
                        a.appropriationId,
                        a.amountOre,
                        a.addition,
                        a.conditions,
                        a.planId,
                        a.planRevision,
                        a.awardedAt,
                        a.awardedBy))
            .toList();
    List<GrantView.SubGoalAllocation> subGoals =
        position.subGoals().stream()
            .map(
                s ->
                    new GrantView.SubGoalAllocation(
                        s.subGoalNumber(),
                        s.allocatedOre(),
                        s.ownResourcesOre(),
                        s.disbursedOre(),
                        s.remainingOre(),
                        s.lines().stream()
                            .map(
                                l ->
                                    new GrantView.AllocationLine(
                                        l.measureId(), l.allocatedOre(), l.ownResourcesOre()))
                            .toList()))
            .toList();
    List<GrantView.DisbursementView> paid = payouts.of(grant.id);
    return new GrantView(
        grant.id,
        grant.agreementId,
        grant.year,
        grant.status,
        grant.grantVersion,
        grant.grantedOre,
        position.allocatedOre(),
        position.unallocatedOre(),
        position.ownResourcesOre(),
        position.disbursedOre(),
        position.notDisbursedOre(),
        grant.status == GrantStatus.CLOSED ? position.notDisbursedOre() : null,
        plan,
        awards,
        subGoals,
        paid,
        grant.createdAt,
        grant.createdBy,
        grant.closedAt,
        grant.closedBy);
  }
}
