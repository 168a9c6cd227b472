package no.bygdevekst.actionplan.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.bygdevekst.actionplan.agreement.Agreement;
import no.bygdevekst.actionplan.agreement.AgreementReadModel;
import no.bygdevekst.actionplan.events.PlanApproved;
import no.bygdevekst.actionplan.events.PlanReturned;
import no.bygdevekst.platform.audit.AuditTrail;
import no.bygdevekst.platform.outbox.Outbox;
import no.bygdevekst.platform.problem.Problems;
import no.bygdevekst.platform.security.Caller;
import no.bygdevekst.platform.time.Times;

/** KDD's decisions on a submitted plan: approve it, or return it with a reason. */
@ApplicationScoped
public class ApprovalService {
  private final PlanRepository plans;
  private final MeasureRepository measures;
  private final AgreementReadModel agreements;
  private final PlanViews views;
  private final Caller caller;
  private final AuditTrail audit;
  private final Outbox outbox;
  private final Clock clock;

  @Inject
  public ApprovalService(
      PlanRepository plans,
      MeasureRepository measures,
      AgreementReadModel agreements,
      PlanViews views,
      Caller caller,
      AuditTrail audit,
      Outbox outbox,
      Clock clock) {
    this.plans = plans;
    this.measures = measures;
    this.agreements = agreements;
    this.views = views;
    this.caller = caller;
    this.audit = audit;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * KDD approves a submitted plan; it supersedes the revision in force for its year, if any, and
   * PlanApproved carries its totals.
   */
  @Transactional
  public PlanView approve(UUID planId, String ifMatch) {
    ActionPlan plan = plans.lock(planId);
    plan.requireVersionIfGiven(ifMatch);
    if (!plan.status.canMoveTo(PlanStatus.APPROVED)) {
      throw Problems.conflict(
          "Plan " + plan.id + " is " + plan.status + "; only a SUBMITTED plan is approved");
    }
    Agreement agreement = agreements.require(plan.agreementId);
    agreement.requireOpenFor(plan.year);
    List<Measure> planMeasures = measures.ofPlan(plan.id);
    Readiness readiness = Readiness.of(agreement, plan.year, planMeasures, List.of());
    if (!readiness.invalidMeasures().isEmpty()) {
      throw Problems.conflict(
          "The agreement was amended after the plan was submitted and some measures no longer fit"
              + " it; return the plan",
          Map.of("invalidMeasures", readiness.invalidMeasures()));
    }
    OffsetDateTime now = Times.nowUtc(clock);
    Optional<ActionPlan> previous = plans.inForce(plan.agreementId, plan.year);
    previous.ifPresent(
        p -> {
          ActionPlan locked = plans.lock(p.id);
          locked.supersededByPlanId = plan.id;
          locked.supersededByRevision = plan.revision;
          locked.touch(now, caller.subject());
          plan.supersedesPlanId = locked.id;
          plan.supersedesRevision = locked.revision;
          audit.record(
              "plan.superseded",
              PlanService.AUDIT_TYPE,
              locked.id,
              Map.of("supersededByPlanId", plan.id, "supersededByRevision", plan.revision));
        });
    plan.moveTo(PlanStatus.APPROVED);
    plan.approvedAt = now;
    plan.approvedBy = caller.subject();
    plan.touch(now, caller.subject());
    PlanApproved event = approvedEvent(plan, planMeasures);
    outbox.record(plan.agreementId, PlanApproved.NAME, 1, event);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("totalGrantRequestedOre", event.totalGrantRequestedOre());
    details.put("totalOwnResourcesOre", event.totalOwnResourcesOre());
    if (plan.supersedesPlanId != null) {
      details.put("supersedesPlanId", plan.supersedesPlanId);
    }
    audit.record("plan.approved", PlanService.AUDIT_TYPE, plan.id, details);
    plans.flush();
    return views.of(plan, Optional.of(agreement));
  }

  /** KDD returns a submitted plan with a reason; the municipalities may change it again. */
  @Transactional
  public PlanView returnPlan(UUID planId, ReturnRequest request, String ifMatch) {
    ActionPlan plan = plans.lock(planId);
    plan.requireVersionIfGiven(ifMatch);
    if (!plan.status.canMoveTo(PlanStatus.RETURNED)) {
      throw Problems.conflict(
          "Plan " + plan.id + " is " + plan.status + "; only a SUBMITTED plan is returned");
    }
    OffsetDateTime now = Times.nowUtc(clock);
    String reason = request.reason().strip();
    plan.moveTo(PlanStatus.RETURNED);
    plan.returnedAt = now;
    plan.returnedBy = caller.subject();
    plan.returnReason = reason;
    plan.touch(now, caller.subject());
    outbox.record(
        plan.agreementId,
        PlanReturned.NAME,
        1,
        new PlanReturned(
            plan.id, plan.agreementId, plan.year, plan.revision, reason, now, plan.returnedBy));
    audit.record("plan.returned", PlanService.AUDIT_TYPE, plan.id, Map.of("reason", reason));
    plans.flush();
    return views.of(plan);
  }

  private static PlanApproved approvedEvent(ActionPlan plan, List<Measure> planMeasures) {
    return new PlanApproved(
        plan.id,
        plan.agreementId,
        plan.year,
        plan.revision,
        plan.supersedesPlanId,
        plan.supersedesRevision,
        plan.approvedAt,
        plan.approvedBy,
        SubGoalTotal.of(planMeasures).stream()
            .map(
                t ->
                    new PlanApproved.SubGoal(
                        t.subGoalNumber(),
                        t.measureCount(),
                        t.grantRequestedOre(),
                        t.ownResourcesOre()))
            .toList(),
        planMeasures.stream()
            .map(
                m ->
                    new PlanApproved.Measure(
                        m.measureId,
                        m.subGoalNumber,
                        m.title,
                        m.responsibleParty,
                        List.copyOf(m.partners),
                        m.grantRequestedOre,
                        m.ownResourcesOre,
                        List.copyOf(m.resultTargets)))
            .toList(),
        SubGoalTotal.grantRequested(planMeasures),
        SubGoalTotal.ownResources(planMeasures));
  }
}
