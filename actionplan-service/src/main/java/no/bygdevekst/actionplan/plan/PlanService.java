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
import no.bygdevekst.actionplan.events.PlanSubmitted;
import no.bygdevekst.platform.audit.AuditEntry;
import no.bygdevekst.platform.audit.AuditTrail;
import no.bygdevekst.platform.http.Page;
import no.bygdevekst.platform.http.PageRequest;
import no.bygdevekst.platform.outbox.Outbox;
import no.bygdevekst.platform.problem.Problems;
import no.bygdevekst.platform.security.Caller;
import no.bygdevekst.platform.time.Times;

/**
 * A plan revision as the municipalities handle it: started for a year, read, listed, and submitted
 * once its partners consent. KDD's decisions are in {@link ApprovalService}, revisions in {@link
 * RevisionService}. Each command is one transaction that locks the plan first.
 */
@ApplicationScoped
public class PlanService {
  public static final String AUDIT_TYPE = "action-plan";

  private final PlanRepository plans;
  private final MeasureRepository measures;
  private final ConsentRepository consents;
  private final AgreementReadModel agreements;
  private final PlanViews views;
  private final Caller caller;
  private final AuditTrail audit;
  private final Outbox outbox;
  private final Clock clock;

  @Inject
  public PlanService(
      PlanRepository plans,
      MeasureRepository measures,
      ConsentRepository consents,
      AgreementReadModel agreements,
      PlanViews views,
      Caller caller,
      AuditTrail audit,
      Outbox outbox,
      Clock clock) {
    this.plans = plans;
    this.measures = measures;
    this.consents = consents;
    this.agreements = agreements;
    this.views = views;
    this.caller = caller;
    this.audit = audit;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** A municipality of the agreement starts revision 1 of the plan for a year. */
  @Transactional
  public PlanView start(UUID agreementId, StartPlanRequest request) {
    Agreement agreement = agreements.lock(agreementId);
    caller.requireMunicipalityAmong(agreement.id(), agreement.municipalityNumbers());
    int year = request.year();
    if (!agreement.open()) {
      agreement.requireOpenFor(year);
    }
    if (!agreement.covers(year)) {
      throw Problems.invalid(
          "year",
          "must be inside the agreement's period, "
              + agreement.periodFrom().getYear()
              + " to "
              + agreement.periodTo().getYear());
    }
    List<ActionPlan> existing = plans.revisionsOf(agreementId, year);
    if (!existing.isEmpty()) {
      ActionPlan latest = existing.get(existing.size() - 1);
      throw Problems.conflict(
          "The agreement already has an action plan for "
              + year
              + " (revision "
              + latest.revision
              + ", "
              + latest.status
              + "); change that one, or start a revision once it is approved",
          Map.of("existingPlanId", latest.id, "existingRevision", latest.revision));
    }
    OffsetDateTime now = Times.nowUtc(clock);
    ActionPlan plan = ActionPlan.draft(agreementId, year, 1, now, caller.subject());
    plans.persist(plan);
    audit.record("plan.started", AUDIT_TYPE, plan.id, Map.of("year", year, "revision", 1));
    plans.flush();
    return views.of(plan, Optional.of(agreement));
  }

  @Transactional
  public PlanView view(UUID planId) {
    return views.of(plans.require(planId));
  }

  @Transactional
  public Page<PlanSummary> list(
      UUID agreementId, Integer year, PlanStatus status, PageRequest page) {
    agreements.require(agreementId);
    var query = plans.ofAgreement(agreementId, year, status);
    long total = query.count();
    List<ActionPlan> items = query.page(page.page(), page.size()).list();
    return Page.of(views.summaries(items), page, total);
  }

  /** The audit trail of a plan, or 404 when there is no such plan. */
  @Transactional
  public Page<AuditEntry> audit(UUID planId, PageRequest page) {
    plans.require(planId);
    return audit.of(AUDIT_TYPE, planId, page);
  }

  /**
   * A municipality of the agreement sends the plan to KDD: refused while it has no measures, while
   * a measure no longer fits the agreement, or while a named partner has not consented.
   */
  @Transactional
  public PlanView submit(UUID planId, String ifMatch) {
    ActionPlan plan = plans.lock(planId);
    Agreement agreement = agreements.require(plan.agreementId);
    caller.requireMunicipalityAmong(agreement.id(), agreement.municipalityNumbers());
    plan.requireVersionIfGiven(ifMatch);
    if (!plan.status.canMoveTo(PlanStatus.SUBMITTED)) {
      throw Problems.conflict(
          "Plan "
              + plan.id
              + " is "
              + plan.status
              + "; only a DRAFT or RETURNED plan is submitted");
    }
    agreement.requireOpenFor(plan.year);
    List<Measure> planMeasures = measures.ofPlan(plan.id);
    Readiness readiness =
        Readiness.of(agreement, plan.year, planMeasures, consents.current(plan.id));
    if (planMeasures.isEmpty()) {
      throw Problems.conflict("Plan " + plan.id + " has no measures; add at least one");
    }
    if (!readiness.invalidMeasures().isEmpty()) {
      throw Problems.conflict(
          "The agreement was amended (now version "
              + agreement.version()
              + ") and "
              + readiness.invalidMeasures().size()
              + " measure(s) no longer fit it: "
              + readiness.invalidMeasures().stream()
                  .map(m -> "'" + m.title() + "': " + m.reason())
                  .reduce((a, b) -> a + "; " + b)
                  .orElse("")
              + ". Change or remove them",
          Map.of("invalidMeasures", readiness.invalidMeasures()));
    }
    if (!readiness.missingConsents().isEmpty()) {
      Map<String, Object> extensions = new LinkedHashMap<>();
      extensions.put("missingConsents", readiness.missingConsents());
      extensions.put("objections", readiness.objections());
      throw Problems.conflict(
          "Every named partner of every sub-goal with measures must consent first; "
              + readiness.missingConsents().size()
              + " consent(s) missing"
              + (readiness.objections().isEmpty()
                  ? ""
                  : ", " + readiness.objections().size() + " objection(s)"),
          extensions);
    }
    OffsetDateTime now = Times.nowUtc(clock);
    plan.moveTo(PlanStatus.SUBMITTED);
    plan.submittedAt = now;
    plan.submittedBy = caller.subject();
    plan.touch(now, caller.subject());
    outbox.record(
        plan.agreementId,
        PlanSubmitted.NAME,
        1,
        new PlanSubmitted(
            plan.id, plan.agreementId, plan.year, plan.revision, now, plan.submittedBy));
    audit.record(
        "plan.submitted", AUDIT_TYPE, plan.id, Map.of("measureCount", planMeasures.size()));
    plans.flush();
    return views.of(plan, Optional.of(agreement));
  }
}
