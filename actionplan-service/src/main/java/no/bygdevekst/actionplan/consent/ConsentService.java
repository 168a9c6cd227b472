package no.bygdevekst.actionplan.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.bygdevekst.actionplan.agreement.Agreement;
import no.bygdevekst.actionplan.agreement.AgreementReadModel;
import no.bygdevekst.actionplan.plan.ActionPlan;
import no.bygdevekst.actionplan.plan.Consent;
import no.bygdevekst.actionplan.plan.ConsentDecision;
import no.bygdevekst.actionplan.plan.ConsentRepository;
import no.bygdevekst.actionplan.plan.MeasureRepository;
import no.bygdevekst.actionplan.plan.PlanRepository;
import no.bygdevekst.actionplan.plan.PlanService;
import no.bygdevekst.actionplan.plan.PlanView;
import no.bygdevekst.actionplan.plan.PlanViews;
import no.bygdevekst.platform.audit.AuditTrail;
import no.bygdevekst.platform.problem.Problems;
import no.bygdevekst.platform.security.Caller;
import no.bygdevekst.platform.time.Times;

/**
 * A cooperation partner's consent to, or objection against, the current content of the sub-goals it
 * is named under. A new decision on a sub-goal replaces the partner's earlier one.
 */
@ApplicationScoped
public class ConsentService {
  private final PlanRepository plans;
  private final MeasureRepository measures;
  private final ConsentRepository consents;
  private final AgreementReadModel agreements;
  private final PlanViews views;
  private final Caller caller;
  private final AuditTrail audit;
  private final Clock clock;

  @Inject
  public ConsentService(
      PlanRepository plans,
      MeasureRepository measures,
      ConsentRepository consents,
      AgreementReadModel agreements,
      PlanViews views,
      Caller caller,
      AuditTrail audit,
      Clock clock) {
    this.plans = plans;
    this.measures = measures;
    this.consents = consents;
    this.agreements = agreements;
    this.views = views;
    this.caller = caller;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public PlanView decide(UUID planId, ConsentRequest request) {
    ActionPlan plan = plans.lock(planId);
    Agreement agreement = agreements.require(plan.agreementId);
    String org = caller.requirePartnerAmong(agreement.id(), agreement.namedPartners());
    if (request.decision() == ConsentDecision.OBJECT
        && (request.comment() == null || request.comment().isBlank())) {
      throw Problems.invalid("comment", "an objection needs a comment saying why");
    }
    plan.requireEditable();
    agreement.requireOpenFor(plan.year);
    Set<Integer> subGoals = new LinkedHashSet<>(request.subGoalNumbers());
    Set<Integer> withMeasures = new LinkedHashSet<>();
    measures.ofPlan(plan.id).forEach(m -> withMeasures.add(m.subGoalNumber));
    for (int number : subGoals) {
      Agreement.SubGoal subGoal =
          agreement
              .subGoal(number)
              .orElseThrow(
                  () ->
                      Problems.invalid(
                          "subGoalNumbers", "the agreement has no sub-goal " + number));
      if (!subGoal.partners().contains(org)) {
        throw Problems.forbidden(
            "Organisation " + org + " is not named as a partner under sub-goal " + number);
      }
      if (!withMeasures.contains(number)) {
        throw Problems.conflict(
            "Sub-goal " + number + " has no measures in this plan; there is nothing to consent to");
      }
    }
    OffsetDateTime now = Times.nowUtc(clock);
    String comment = request.comment() == null ? null : request.comment().strip();
    for (int number : subGoals) {
      consents
          .list(
              "planId = ?1 and subGoalNumber = ?2 and organisationNumber = ?3 and voidedAt is null",
              plan.id,
              number,
              org)
          .forEach(c -> c.voidBecause("Replaced by a new decision of " + org, now));
      consents.flush(); // the partial unique index allows one decision in force
      Consent consent = new Consent();
      consent.id = UUID.randomUUID();
      consent.planId = plan.id;
      consent.subGoalNumber = number;
      consent.organisationNumber = org;
      consent.decision = request.decision();
      consent.comment = comment == null || comment.isEmpty() ? null : comment;
      consent.givenAt = now;
      consent.givenBy = caller.subject();
      consents.persist(consent);
    }
    plan.touch(now, caller.subject());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("organisationNumber", org);
    details.put("subGoalNumbers", List.copyOf(subGoals));
    details.put("decision", request.decision());
    if (comment != null && !comment.isEmpty()) {
      details.put("comment", comment);
    }
    audit.record(
        "consent." + request.decision().name().toLowerCase(),
        PlanService.AUDIT_TYPE,
        plan.id,
        details);
    plans.flush();
    return views.of(plan, Optional.of(agreement));
  }
}
