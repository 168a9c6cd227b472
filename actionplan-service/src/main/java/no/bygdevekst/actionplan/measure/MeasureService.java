package no.bygdevekst.actionplan.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import no.bygdevekst.actionplan.agreement.Agreement;
import no.bygdevekst.actionplan.agreement.AgreementReadModel;
import no.bygdevekst.actionplan.plan.ActionPlan;
import no.bygdevekst.actionplan.plan.Consent;
import no.bygdevekst.actionplan.plan.ConsentRepository;
import no.bygdevekst.actionplan.plan.ConsentView;
import no.bygdevekst.actionplan.plan.Measure;
import no.bygdevekst.actionplan.plan.MeasureRepository;
import no.bygdevekst.actionplan.plan.MeasureView;
import no.bygdevekst.actionplan.plan.PlanRepository;
import no.bygdevekst.actionplan.plan.PlanService;
import no.bygdevekst.platform.audit.AuditTrail;
import no.bygdevekst.platform.http.ETags;
import no.bygdevekst.platform.problem.Problem;
import no.bygdevekst.platform.problem.Problems;
import no.bygdevekst.platform.security.Caller;
import no.bygdevekst.platform.time.Times;

/**
 * Adds, changes and removes the measures of a plan while it is a draft (or returned). Every change
 * under a sub-goal voids the partners' decisions on that sub-goal: they agreed to other content.
 */
@ApplicationScoped
public class MeasureService {
  private final PlanRepository plans;
  private final MeasureRepository measures;
  private final ConsentRepository consents;
  private final AgreementReadModel agreements;
  private final Caller caller;
  private final AuditTrail audit;
  private final Clock clock;

  @Inject
  public MeasureService(
      PlanRepository plans,
      MeasureRepository measures,
      ConsentRepository consents,
      AgreementReadModel agreements,
      Caller caller,
      AuditTrail audit,
      Clock clock) {
    this.plans = plans;
    this.measures = measures;
    this.consents = consents;
    this.agreements = agreements;
    this.caller = caller;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public MeasureView get(UUID planId, UUID measureId) {
    plans.require(planId);
    return MeasureView.of(measures.require(planId, measureId));
  }

  @Transactional
  public MeasureView add(UUID planId, MeasureRequest request) {
    ActionPlan plan = plans.lock(planId);
    Agreement agreement = editable(plan);
    validate(request, agreement);
    OffsetDateTime now = Times.nowUtc(clock);
    Measure measure = new Measure();
    measure.id = UUID.randomUUID();
    measure.planId = plan.id;
    measure.measureId = UUID.randomUUID();
    measure.position = measures.nextPosition(plan.id);
    assign(measure, request);
    measure.createdAt = now;
    measure.createdBy = caller.subject();
    measure.updatedAt = now;
    measure.updatedBy = caller.subject();
    measures.persist(measure);
    List<Consent> voided =
        consents.voidFor(
            plan.id,
            List.of(measure.subGoalNumber),
            "Measure '" + measure.title + "' was added",
            now);
    plan.touch(now, caller.subject());
    audit.record("measure.added", PlanService.AUDIT_TYPE, plan.id, details(measure, voided, null));
    measures.flush();
    return MeasureView.of(measure);
  }

  @Transactional
  public MeasureView update(UUID planId, UUID measureId, MeasureRequest request, String ifMatch) {
    ActionPlan plan = plans.lock(planId);
    Agreement agreement = editable(plan);
    Measure measure = measures.require(planId, measureId);
    ETags.requireMatch(ifMatch, measure.version);
    validate(request, agreement);
    int before = measure.subGoalNumber;
    OffsetDateTime now = Times.nowUtc(clock);
    if (!assign(measure, request)) {
      return MeasureView.of(measure);
    }
    measure.updatedAt = now;
    measure.updatedBy = caller.subject();
    List<Consent> voided =
        consents.voidFor(
            plan.id,
            new TreeSet<>(List.of(before, measure.subGoalNumber)),
            "Measure '" + measure.title + "' was changed",
            now);
    plan.touch(now, caller.subject());
    audit.record(
        "measure.changed",
        PlanService.AUDIT_TYPE,
        plan.id,
        details(measure, voided, before == measure.subGoalNumber ? null : before));
    measures.flush();
    return MeasureView.of(measure);
  }

  @Transactional
  public void remove(UUID planId, UUID measureId, String ifMatch) {
    ActionPlan plan = plans.lock(planId);
    editable(plan);
    Measure measure = measures.require(planId, measureId);
    ETags.requireMatch(ifMatch, measure.version);
    OffsetDateTime now = Times.nowUtc(clock);
    measures.delete(measure);
    List<Consent> voided =
        consents.voidFor(
            plan.id,
            List.of(measure.subGoalNumber),
            "Measure '" + measure.title + "' was removed",
            now);
    plan.touch(now, caller.subject());
    audit.record(
        "measure.removed", PlanService.AUDIT_TYPE, plan.id, details(measure, voided, null));
  }

  /** Checks that the caller may change the plan's content now; returns the agreement. */
  private Agreement editable(ActionPlan plan) {
    Agreement agreement = agreements.require(plan.agreementId);
    caller.requireMunicipalityAmong(agreement.id(), agreement.municipalityNumbers());
    plan.requireEditable();
    agreement.requireOpenFor(plan.year);
    return agreement;
  }

  /** Refuses (400) a measure whose sub-goal, party or partners are not the agreement's. */
  static void validate(MeasureRequest request, Agreement agreement) {
    List<Problem.FieldError> errors = new ArrayList<>();
    Optional<Agreement.SubGoal> subGoal = agreement.subGoal(request.subGoalNumber());
    if (subGoal.isEmpty()) {
      errors.add(
          new Problem.FieldError(
              "subGoalNumber",
              "the agreement has no sub-goal "
                  + request.subGoalNumber()
                  + "; it has "
                  + agreement.subGoals().stream().map(g -> g.number()).sorted().toList()));
    }
    if (!agreement.partyIds().contains(request.responsibleParty())) {
      errors.add(
          new Problem.FieldError(
              "responsibleParty",
              "must be a principal party of the agreement: "
                  + new TreeSet<>(agreement.partyIds())));
    }
    List<String> partners = request.partnerList();
    if (new HashSet<>(partners).size() != partners.size()) {
      errors.add(new Problem.FieldError("partners", "names a partner twice"));
    }
    if (subGoal.isPresent()) {
      List<String> strangers =
          partners.stream().filter(p -> !subGoal.get().partners().contains(p)).toList();
      if (!strangers.isEmpty()) {
        errors.add(
            new Problem.FieldError(
                "partners",
                "not partners of sub-goal "
                    + subGoal.get().number()
                    + ": "
                    + String.join(", ", strangers)
                    + "; its partners are "
                    + subGoal.get().partners()));
      }
    }
    List<String> targets = request.resultTargetList();
    if (new HashSet<>(targets).size() != targets.size()) {
      errors.add(new Problem.FieldError("resultTargets", "names a result target twice"));
    }
    if (!errors.isEmpty()) {
      throw Problems.validation(errors);
    }
  }

  private static Map<String, Object> details(
      Measure measure, List<Consent> voided, Integer movedFromSubGoal) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("measureId", measure.measureId);
    details.put("subGoalNumber", measure.subGoalNumber);
    if (movedFromSubGoal != null) {
      details.put("movedFromSubGoalNumber", movedFromSubGoal);
    }
    details.put("title", measure.title);
    details.put("responsibleParty", measure.responsibleParty);
    details.put("partners", measure.partners);
    details.put("grantRequestedOre", measure.grantRequestedOre);
    details.put("ownResourcesOre", measure.ownResourcesOre);
    details.put("resultTargets", measure.resultTargets);
    details.put("voidedConsents", voided.stream().map(ConsentView::of).toList());
    return details;
  }

  /** Sets the content a user writes; returns whether anything changed. */
  private static boolean assign(Measure m, MeasureRequest r) {
    boolean changed =
        m.subGoalNumber != r.subGoalNumber()
            || !r.title().equals(m.title)
            || !r.description().equals(m.description)
            || !r.responsibleParty().equals(m.responsibleParty)
            || !r.partnerList().equals(m.partners)
            || m.grantRequestedOre != r.grantRequestedOre()
            || m.ownResourcesOre != r.ownResourcesOre()
            || !r.resultTargetList().equals(m.resultTargets);
    m.subGoalNumber = r.subGoalNumber();
    m.title = r.title();
    m.description = r.description();
    m.responsibleParty = r.responsibleParty();
    m.partners = r.partnerList();
    m.grantRequestedOre = r.grantRequestedOre();
    m.ownResourcesOre = r.ownResourcesOre();
    m.resultTargets = r.resultTargetList();
    return changed;
  }
}
