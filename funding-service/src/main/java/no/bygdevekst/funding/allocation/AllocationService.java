package no.bygdevekst.funding.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import no.bygdevekst.funding.grant.FundingEvents;
import no.bygdevekst.funding.grant.Grant;
import no.bygdevekst.funding.grant.GrantRepository;
import no.bygdevekst.funding.grant.GrantService;
import no.bygdevekst.funding.ledger.GrantPosition;
import no.bygdevekst.funding.ledger.Ledger;
import no.bygdevekst.funding.ledger.LedgerEntry;
import no.bygdevekst.funding.ledger.LedgerEntryType;
import no.bygdevekst.funding.ledger.Movement;
import no.bygdevekst.funding.plan.ApprovedPlan;
import no.bygdevekst.funding.plan.PlanInForce;
import no.bygdevekst.funding.plan.PlanSubGoal;
import no.bygdevekst.platform.audit.AuditTrail;
import no.bygdevekst.platform.money.Amounts;
import no.bygdevekst.platform.problem.Problems;
import no.bygdevekst.platform.security.Caller;
import no.bygdevekst.platform.time.Times;

/**
 * Spreads a grant, and the municipalities' own resources, across the sub-goals and measures of the
 * approved plan, and moves grant money between them. Each command locks the grant row first, so the
 * sums it checks cannot change under it.
 */
@ApplicationScoped
public class AllocationService {
  private final GrantRepository grants;
  private final PlanInForce plans;
  private final Ledger ledger;
  private final FundingEvents events;
  private final AuditTrail audit;
  private final Caller caller;
  private final Clock clock;

  @Inject
  public AllocationService(
      GrantRepository grants,
      PlanInForce plans,
      Ledger ledger,
      FundingEvents events,
      AuditTrail audit,
      Caller caller,
      Clock clock) {
    this.grants = grants;
    this.plans = plans;
    this.ledger = ledger;
    this.events = events;
    this.audit = audit;
    this.caller = caller;
    this.clock = clock;
  }

  @Transactional
  public AllocationResult allocate(UUID grantId, AllocationRequest request) {
    if (request.grantAmountOre() == 0 && request.ownResourcesOre() == 0) {
      throw Problems.invalid("grantAmountOre", "grant money or own resources must be above 0");
    }
    Grant grant = grants.lock(grantId);
    grant.requireOpen();
    ApprovedPlan plan = plans.forGrant(grant.agreementId, grant.year);
    int subGoalNumber = request.subGoalNumber();
    PlanSubGoal budget = plans.requireTarget(plan, subGoalNumber, request.measureId());
    GrantPosition before = ledger.position(grant);
    if (request.grantAmountOre() > before.unallocatedOre()) {
      throw Problems.conflict(
          "Grant "
              + grant.id
              + " has "
              + before.unallocatedOre()
              + " øre left to allocate, less than the "
              + request.grantAmountOre()
              + " øre asked for",
          Map.of("unallocatedOre", before.unallocatedOre()));
    }
    long subGoalAfter =
        Amounts.add(before.subGoal(subGoalNumber).allocatedOre(), request.grantAmountOre());
    if (request.grantAmountOre() > 0 && subGoalAfter > budget.grantRequestedOre) {
      throw Problems.conflict(
          "Sub-goal "
              + subGoalNumber
              + " would have "
              + subGoalAfter
              + " øre of grant money, more than its budget of "
              + budget.grantRequestedOre
              + " øre in the approved plan (revision "
              + plan.revision
              + ")",
          Map.of(
              "budgetOre",
              budget.grantRequestedOre,
              "allocatedOre",
              before.subGoal(subGoalNumber).allocatedOre()));
    }
    Instant now = Times.now(clock);
    String actor = caller.subject();
    grant.nextVersion();
    UUID allocationId = UUID.randomUUID();
    LedgerEntry entry =
        ledger.append(
            grant,
            new Movement(
                LedgerEntryType.ALLOCATED,
                subGoalNumber,
                request.measureId(),
                request.grantAmountOre(),
                request.ownResourcesOre(),
                allocationId,
                null,
                request.note()),
            actor,
            now);
    audit.record("FundsAllocated", GrantService.AGGREGATE, grant.id, request);
    GrantPosition after = ledger.position(grant);
    events.fundsAllocated(
        grant,
        after,
        now,
        actor,
        entry.id,
        subGoalNumber,
        request.measureId(),
        request.grantAmountOre(),
        request.ownResourcesOre());
    return new AllocationResult(
        entry.id,
        grant.id,
        grant.grantVersion,
        subGoalNumber,
        request.measureId(),
        request.grantAmountOre(),
        request.ownResourcesOre(),
        after.subGoal(subGoalNumber).allocatedOre(),
        after.unallocatedOre(),
        now,
        actor);
  }

  @Transactional
  public ReallocationResult reallocate(UUID grantId, ReallocationRequest request) {
    if (request.fromSubGoalNumber().equals(request.toSubGoalNumber())
        && Objects.equals(request.fromMeasureId(), request.toMeasureId())) {
      throw Problems.invalid("toSubGoalNumber", "must differ from where the money comes from");
    }
    Grant grant = grants.lock(grantId);
    grant.requireOpen();
    ApprovedPlan plan = plans.forGrant(grant.agreementId, grant.year);
    int from = request.fromSubGoalNumber();
    int to = request.toSubGoalNumber();
    long amount = request.amountOre();
    PlanSubGoal toBudget = plans.requireTarget(plan, to, request.toMeasureId());
    GrantPosition before = ledger.position(grant);
    long available = before.allocatedOre(from, request.fromMeasureId());
    if (amount > available) {
      throw Problems.conflict(
          describe(from, request.fromMeasureId())
              + " has "
              + available
              + " øre of grant money allocated, less than the "
              + amount
              + " øre to move",
          Map.of("availableOre", available));
    }
    long notPaidOut = before.subGoal(from).remainingOre();
    if (amount > notPaidOut) {
      throw Problems.conflict(
          "Sub-goal "
              + from
              + " has "
              + notPaidOut
              + " øre allocated and not paid out, less than the "
              + amount
              + " øre to move",
          Map.of("availableOre", notPaidOut));
    }
    long toAfter = Amounts.add(before.subGoal(to).allocatedOre(), amount);
    if (from != to && toAfter > toBudget.grantRequestedOre) {
      throw Problems.conflict(
          "Sub-goal "
              + to
              + " would have "
              + toAfter
              + " øre of grant money, more than its budget of "
              + toBudget.grantRequestedOre
              + " øre in the approved plan (revision "
              + plan.revision
              + ")",
          Map.of(
              "budgetOre",
              toBudget.grantRequestedOre,
              "allocatedOre",
              before.subGoal(to).allocatedOre()));
    }
    Instant now = Times.now(clock);
    String actor = caller.subject();
    grant.nextVersion();
    UUID reallocationId = UUID.randomUUID();
    LedgerEntry out =
        ledger.append(
            grant,
            new Movement(
                LedgerEntryType.REALLOCATED_OUT,
                from,
                request.fromMeasureId(),
                -amount,
                0,
                reallocationId,
                null,
                request.reason()),
            actor,
            now);
    LedgerEntry in =
        ledger.append(
            grant,
            new Movement(
                LedgerEntryType.REALLOCATED_IN,
                to,
                request.toMeasureId(),
                amount,
                0,
                reallocationId,
                null,
                request.reason()),
            actor,
            now);
    audit.record("FundsReallocated", GrantService.AGGREGATE, grant.id, request);
    events.fundsReallocated(
        grant,
        ledger.position(grant),
        now,
        actor,
        reallocationId,
        from,
        request.fromMeasureId(),
        to,
        request.toMeasureId(),
        amount);
    return new ReallocationResult(
        reallocationId,
        grant.id,
        grant.grantVersion,
        from,
        request.fromMeasureId(),
        to,
        request.toMeasureId(),
        amount,
        out.id,
        in.id,
        now,
        actor);
  }

  private static String describe(int subGoalNumber, UUID measureId) {
    return measureId == null
        ? "Sub-goal " + subGoalNumber + " (without a measure)"
        : "Measure " + measureId + " under sub-goal " + subGoalNumber;
  }
}
