package no.bygdevekst.actionplan.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.bygdevekst.actionplan.agreement.Agreement;
import no.bygdevekst.actionplan.agreement.AgreementReadModel;
import no.bygdevekst.actionplan.consent.ConsentRepository;
import no.bygdevekst.actionplan.events.PlanApproved;
import no.bygdevekst.actionplan.events.PlanReturned;
import no.bygdevekst.actionplan.events.PlanRevised;
import no.bygdevekst.actionplan.events.PlanSubmitted;
import no.bygdevekst.actionplan.measure.Measure;
import no.bygdevekst.actionplan.measure.MeasureRepository;
import no.bygdevekst.actionplan.support.Times;
import no.bygdevekst.platform.audit.AuditEntry;
import no.bygdevekst.platform.audit.AuditTrail;
import no.bygdevekst.platform.http.ETags;
import no.bygdevekst.platform.http.Page;
import no.bygdevekst.platform.http.PageRequest;
import no.bygdevekst.platform.outbox.Outbox;
import no.bygdevekst.platform.problem.Problems;
import no.bygdevekst.platform.security.Caller;

/**
 * The life of a plan revision: started by a municipality, submitted once its partners consent,
 * approved or returned by KDD, revised into a new draft after approval. Each command is one
 * transaction that locks the plan first.
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

  @Inject
  public PlanService(
      PlanRepository plans,
      MeasureRepository measures,
      ConsentRepository consents,
      AgreementReadModel agreements,
      PlanViews views,
      Caller caller,
      AuditTrail audit,
      Outbox outbox) {
    this.plans = plans;
    this.measures = measures;
    this.consents = consents;
    this.agreements = agreements;
    this.views = views;
    this.caller = caller;
    this.audit = audit;
    this.outbox = outbox;
  }

  /** A municipality of the agreement starts revision 1 of the plan for a year. */
  @Transactional
  public PlanView start(UUID agreementId, StartPlanRequest request) {
    Agreement agreement = agreements.lock(agreementId);
    caller.requireMunicipalityAmong(agreement.municipalityNumbers());
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
    OffsetDateTime now = Times.now();
    ActionPlan plan = newPlan(agreementId, year, 1, now);
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
    caller.requireMunicipalityAmong(agreement.municipalityNumbers());
    matchIfGiven(ifMatch, plan);
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
    OffsetDateTime now = Times.now();
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

  /**
   * KDD approves a submitted plan; it supersedes the revision in force for its year, if any, and
   * PlanApproved carries its totals.
   */
  @Transactional
  public PlanView approve(UUID planId, String ifMatch) {
    ActionPlan plan = plans.lock(planId);
    matchIfGiven(ifMatch, plan);
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
    OffsetDateTime now = Times.now();
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
              AUDIT_TYPE,
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
    audit.record("plan.approved", AUDIT_TYPE, plan.id, details);
    plans.flush();
    return views.of(plan, Optional.of(agreement));
  }

  /** KDD returns a submitted plan with a reason; the municipalities may change it again. */
  @Transactional
  public PlanView returnPlan(UUID planId, ReturnRequest request, String ifMatch) {
    ActionPlan plan = plans.lock(planId);
    matchIfGiven(ifMatch, plan);
    if (!plan.status.canMoveTo(PlanStatus.RETURNED)) {
      throw Problems.conflict(
          "Plan " + plan.id + " is " + plan.status + "; only a SUBMITTED plan is returned");
    }
    OffsetDateTime now = Times.now();
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
    audit.record("plan.returned", AUDIT_TYPE, plan.id, Map.of("reason", reason));
    plans.flush();
    return views.of(plan);
  }

  /**
   * A municipality starts the next revision from the approved revision in force: a new draft with
   * the same measures and no consents.
   */
  @Transactional
  public PlanView revise(UUID planId) {
    ActionPlan source = plans.lock(planId);
    Agreement agreement = agreements.require(source.agreementId);
    caller.requireMunicipalityAmong(agreement.municipalityNumbers());
    if (source.status != PlanStatus.APPROVED) {
      throw Problems.conflict(
          "Plan "
              + source.id
              + " is "
              + source.status
              + "; only an approved plan is revised (change this one instead)");
    }
    if (!source.inForce()) {
      throw Problems.conflict(
          "Revision "
              + source.revision
              + " was superseded by revision "
              + source.supersededByRevision
              + "; revise the revision in force",
          Map.of("inForcePlanId", source.supersededByPlanId));
    }
    List<ActionPlan> revisions = plans.revisionsOf(source.agreementId, source.year);
    Optional<ActionPlan> open =
        revisions.stream().filter(p -> p.status != PlanStatus.APPROVED).findFirst();
    if (open.isPresent()) {
      throw Problems.conflict(
          "Revision "
              + open.get().revision
              + " of this plan is already under way ("
              + open.get().status
              + ")",
          Map.of("openPlanId", open.get().id, "openRevision", open.get().revision));
    }
    agreement.requireOpenFor(source.year);
    int revision = revisions.stream().mapToInt(p -> p.revision).max().orElse(0) + 1;
    OffsetDateTime now = Times.now();
    ActionPlan draft = newPlan(source.agreementId, source.year, revision, now);
    draft.revisedFromPlanId = source.id;
    draft.revisedFromRevision = source.revision;
    plans.persist(draft);
    List<Measure> copied =
        measures.ofPlan(source.id).stream()
            .map(m -> m.copyTo(draft.id, now, caller.subject()))
            .toList();
    measures.persist(copied);
    outbox.record(
        draft.agreementId,
        PlanRevised.NAME,
        1,
        new PlanRevised(
            draft.id, draft.agreementId, draft.year, draft.revision, source.id, source.revision));
    audit.record(
        "plan.revised",
        AUDIT_TYPE,
        draft.id,
        Map.of(
            "revisedFromPlanId",
            source.id,
            "revisedFromRevision",
            source.revision,
            "measuresCopied",
            copied.size()));
    audit.record(
        "plan.revision-started",
        AUDIT_TYPE,
        source.id,
        Map.of("newPlanId", draft.id, "newRevision", draft.revision));
    plans.flush();
    return views.of(draft, Optional.of(agreement));
  }

  private ActionPlan newPlan(UUID agreementId, int year, int revision, OffsetDateTime now) {
    ActionPlan plan = new ActionPlan();
    plan.id = UUID.randomUUID();
    plan.agreementId = agreementId;
    plan.year = year;
    plan.revision = revision;
    plan.status = PlanStatus.DRAFT;
    plan.createdAt = now;
    plan.createdBy = caller.subject();
    plan.touch(now, caller.subject());
    return plan;
  }

  private static void matchIfGiven(String ifMatch, ActionPlan plan) {
    if (ifMatch != null && !ifMatch.isBlank()) {
      ETags.requireMatch(ifMatch, plan.version);
    }
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
