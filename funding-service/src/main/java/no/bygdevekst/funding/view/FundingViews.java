package no.bygdevekst.funding.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import no.bygdevekst.funding.agreement.AgreementView;
import no.bygdevekst.funding.agreement.AgreementViewRepository;
import no.bygdevekst.funding.grant.Grant;
import no.bygdevekst.funding.grant.GrantRepository;
import no.bygdevekst.funding.grant.GrantStatus;
import no.bygdevekst.funding.ledger.GrantPosition;
import no.bygdevekst.funding.ledger.LedgerRepository;
import no.bygdevekst.funding.plan.ApprovedPlan;
import no.bygdevekst.funding.plan.ApprovedPlanRepository;
import no.bygdevekst.funding.plan.PlanMeasure;
import no.bygdevekst.funding.plan.PlanSubGoal;
import no.bygdevekst.funding.view.FundingView.MeasureFunding;
import no.bygdevekst.funding.view.FundingView.SubGoalFunding;
import no.bygdevekst.platform.money.Amounts;
import no.bygdevekst.platform.problem.ProblemException;

/** Builds the funding view of an agreement and year from the plan in force and the grant. */
@ApplicationScoped
public class FundingViews {
  private final ApprovedPlanRepository plans;
  private final GrantRepository grants;
  private final LedgerRepository ledger;
  private final AgreementViewRepository agreements;

  @Inject
  public FundingViews(
      ApprovedPlanRepository plans,
      GrantRepository grants,
      LedgerRepository ledger,
      AgreementViewRepository agreements) {
    this.plans = plans;
    this.grants = grants;
    this.ledger = ledger;
    this.agreements = agreements;
  }

  @Transactional
  public FundingView of(UUID agreementId, int year) {
    List<ApprovedPlan> revisions =
        plans.list("agreementId = ?1 and year = ?2 order by revision", agreementId, year);
    Grant grant = grants.of(agreementId, year).orElse(null);
    if (revisions.isEmpty() && grant == null) {
      throw new ProblemException(
          404,
          "not-found",
          "Not found",
          "Agreement " + agreementId + " has no approved action plan and no grant for " + year,
          null,
          null);
    }
    ApprovedPlan plan = revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
    GrantPosition position =
        grant == null
            ? GrantPosition.builder(0).build()
            : ledger.positionOf(grant.id, grant.grantedOre);
    AgreementView agreement = agreements.findByIdOptional(agreementId).orElse(null);
    Map<UUID, String> titles = new HashMap<>();
    revisions.forEach(p -> p.measures.forEach(m -> titles.put(m.measureId, m.title)));
    boolean judge = plan != null && grant != null && grant.status == GrantStatus.OPEN;
    boolean closed = grant != null && grant.status == GrantStatus.CLOSED;

    Set<Integer> numbers = new TreeSet<>();
    if (plan != null) {
      plan.subGoals.forEach(s -> numbers.add(s.subGoalNumber));
    }
    position.subGoals().forEach(s -> numbers.add(s.subGoalNumber()));
    List<SubGoalFunding> subGoals = new ArrayList<>();
    for (int number : numbers) {
      PlanSubGoal budget = plan == null ? null : plan.subGoal(number).orElse(null);
      GrantPosition.SubGoal money = position.subGoal(number);
      subGoals.add(
          new SubGoalFunding(
              number,
              agreement == null ? null : agreement.subGoalTitle(number).orElse(null),
              budget != null,
              budget == null ? 0 : budget.grantRequestedOre,
              budget == null ? 0 : budget.ownResourcesOre,
              money.allocatedOre(),
              money.ownResourcesOre(),
              Amounts.add(money.allocatedOre(), money.ownResourcesOre()),
              money.disbursedOre(),
              money.remainingOre(),
              closed ? money.remainingOre() : null,
              measures(plan, number, money, titles),
              judge ? PlanFit.flags(plan, money) : List.of()));
    }
    return new FundingView(
        agreementId,
        year,
        agreement == null ? null : agreement.title,
        plan == null
            ? null
            : new FundingView.PlanRef(
                plan.planId, plan.revision, plan.approvedAt, plan.totalGrantRequestedOre),
        grant == null ? null : grant.id,
        grant == null ? null : grant.status,
        grant == null ? null : grant.grantVersion,
        position.grantedOre(),
        position.allocatedOre(),
        position.unallocatedOre(),
        position.ownResourcesOre(),
        position.disbursedOre(),
        position.notDisbursedOre(),
        closed ? position.notDisbursedOre() : null,
        subGoals.stream().anyMatch(s -> !s.flags().isEmpty()),
        subGoals);
  }

  /**
   * The sub-goal's money per measure: first what is allocated to the sub-goal without a measure,
   * then the plan's measures, then measures allocated to that the plan no longer has.
   */
  private static List<MeasureFunding> measures(
      ApprovedPlan plan, int number, GrantPosition.SubGoal money, Map<UUID, String> titles) {
    List<PlanMeasure> planned = plan == null ? List.of() : plan.measuresOf(number);
    Set<UUID> ids = new LinkedHashSet<>();
    money.lines().stream()
        .filter(l -> l.measureId() == null)
        .findFirst()
        .ifPresent(l -> ids.add(null));
    planned.forEach(m -> ids.add(m.measureId));
    money.lines().forEach(l -> ids.add(l.measureId()));
    List<MeasureFunding> measures = new ArrayList<>();
    for (UUID id : ids) {
      PlanMeasure measure =
          planned.stream().filter(m -> Objects.equals(m.measureId, id)).findFirst().orElse(null);
      GrantPosition.Line line = money.measure(id);
      measures.add(
          new MeasureFunding(
              id,
              id == null ? null : titles.get(id),
              id == null ? plan != null && plan.subGoal(number).isPresent() : measure != null,
              measure == null ? 0 : measure.grantRequestedOre,
              measure == null ? 0 : measure.ownResourcesOre,
              line.allocatedOre(),
              line.ownResourcesOre()));
    }
    return measures;
  }
}
