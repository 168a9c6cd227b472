package no.bygdevekst.funding.disbursement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.bygdevekst.funding.events.DisbursementRecorded;
import no.bygdevekst.funding.grant.FundingEvents;
import no.bygdevekst.funding.grant.Grant;
import no.bygdevekst.funding.grant.GrantRepository;
import no.bygdevekst.funding.grant.GrantService;
import no.bygdevekst.funding.grant.GrantStatus;
import no.bygdevekst.funding.ledger.GrantPosition;
import no.bygdevekst.funding.ledger.Ledger;
import no.bygdevekst.funding.ledger.LedgerEntryType;
import no.bygdevekst.funding.ledger.Movement;
import no.bygdevekst.funding.plan.ApprovedPlan;
import no.bygdevekst.funding.plan.PlanInForce;
import no.bygdevekst.platform.audit.AuditTrail;
import no.bygdevekst.platform.money.Amounts;
import no.bygdevekst.platform.problem.Problems;
import no.bygdevekst.platform.security.Caller;
import no.bygdevekst.platform.time.Times;

/**
 * Records payouts (utbetalinger), partial or final, never beyond what is allocated to a sub-goal.
 * The final one closes the grant.
 */
@ApplicationScoped
public class DisbursementService {
  private final GrantRepository grants;
  private final DisbursementRepository disbursements;
  private final PlanInForce plans;
  private final Ledger ledger;
  private final FundingEvents events;
  private final AuditTrail audit;
  private final Caller caller;
  private final Clock clock;

  @Inject
  public DisbursementService(
      GrantRepository grants,
      DisbursementRepository disbursements,
      PlanInForce plans,
      Ledger ledger,
      FundingEvents events,
      AuditTrail audit,
      Caller caller,
      Clock clock) {
    this.grants = grants;
    this.disbursements = disbursements;
    this.plans = plans;
    this.ledger = ledger;
    this.events = events;
    this.audit = audit;
    this.caller = caller;
    this.clock = clock;
  }

  @Transactional
  public DisbursementResult disburse(UUID grantId, DisbursementRequest request) {
    requireWellFormed(request);
    Grant grant = grants.lock(grantId);
    grant.requireOpen();
    ApprovedPlan plan = plans.forGrant(grant.agreementId, grant.year);
    GrantPosition before = ledger.position(grant);
    for (DisbursementRequest.Line line : request.lines()) {
      int number = line.subGoalNumber();
      if (plan.subGoal(number).isEmpty()) {
        throw Problems.conflict(
            "Sub-goal "
                + number
                + " is not in the approved plan (revision "
                + plan.revision
                + "); reallocate its money before paying it out");
      }
      GrantPosition.SubGoal subGoal = before.subGoal(number);
      if (line.amountOre() > subGoal.remainingOre()) {
        throw Problems.conflict(
            "Sub-goal "
                + number
                + " has "
                + subGoal.remainingOre()
                + " øre allocated and not yet paid out, less than the "
                + line.amountOre()
                + " øre to pay",
            Map.of(
                "subGoalNumber", number,
                "allocatedOre", subGoal.allocatedOre(),
                "disbursedOre", subGoal.disbursedOre()));
      }
    }
    Instant now = Times.now(clock);
    String actor = caller.subject();
    long amount =
        Amounts.sum(request.lines().stream().mapToLong(DisbursementRequest.Line::amountOre));
    grant.nextVersion();

    Disbursement d = new Disbursement();
    d.id = UUID.randomUUID();
    d.grantId = grant.id;
    d.finalDisbursement = request.finalDisbursement();
    d.amountOre = amount;
    d.reference = request.reference();
    d.note = request.note();
    d.recordedAt = now;
    d.recordedBy = actor;
    disbursements.persist(d);

    LedgerEntryType type =
        request.finalDisbursement() ? LedgerEntryType.DISBURSED_FINAL : LedgerEntryType.DISBURSED;
    for (DisbursementRequest.Line line : request.lines()) {
      ledger.append(
          grant,
          new Movement(
              type, line.subGoalNumber(), null, line.amountOre(), 0, d.id, null, request.note()),
          actor,
          now);
    }
    Long notPaidOut = null;
    if (request.finalDisbursement()) {
      notPaidOut = before.notDisbursedOre() - amount;
      if (notPaidOut > 0) {
        ledger.append(
            grant,
            new Movement(LedgerEntryType.NOT_PAID_OUT, null, null, notPaidOut, 0, d.id, null, null),
            actor,
            now);
      }
      grant.close(now, actor);
    }
    audit.record(
        request.finalDisbursement() ? "FinalDisbursementRecorded" : "DisbursementRecorded",
        GrantService.AGGREGATE,
        grant.id,
        request);
    GrantPosition after = ledger.position(grant);
    List<DisbursementRecorded.Line> lines =
        request.lines().stream()
            .map(l -> new DisbursementRecorded.Line(l.subGoalNumber(), l.amountOre()))
            .toList();
    events.disbursementRecorded(
        grant, after, now, actor, d.id, request.finalDisbursement(), amount, lines);
    return new DisbursementResult(
        d.id,
        grant.id,
        grant.grantVersion,
        request.finalDisbursement(),
        amount,
        request.lines(),
        grant.status,
        after.disbursedOre(),
        grant.status == GrantStatus.CLOSED ? notPaidOut : null,
        now,
        actor);
  }

  private static void requireWellFormed(DisbursementRequest request) {
    if (request.lines().isEmpty() && !request.finalDisbursement()) {
      throw Problems.invalid("lines", "a partial disbursement needs at least one line");
    }
    Set<Integer> seen = new HashSet<>();
    for (DisbursementRequest.Line line : request.lines()) {
      if (!seen.add(line.subGoalNumber())) {
        throw Problems.invalid("lines", "sub-goal " + line.subGoalNumber() + " appears twice");
      }
    }
  }
}
