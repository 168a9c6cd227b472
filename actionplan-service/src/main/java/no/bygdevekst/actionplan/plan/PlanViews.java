package no.bygdevekst.actionplan.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.bygdevekst.actionplan.agreement.Agreement;
import no.bygdevekst.actionplan.agreement.AgreementReadModel;
import no.bygdevekst.platform.money.Amounts;

/** Builds what the API shows of plans. Call inside a transaction. */
@ApplicationScoped
public class PlanViews {
  private final MeasureRepository measures;
  private final ConsentRepository consents;
  private final AgreementReadModel agreements;

  @Inject
  public PlanViews(
      MeasureRepository measures, ConsentRepository consents, AgreementReadModel agreements) {
    this.measures = measures;
    this.consents = consents;
    this.agreements = agreements;
  }

  public PlanView of(ActionPlan plan) {
    return of(plan, agreements.find(plan.agreementId));
  }

  public PlanView of(ActionPlan plan, Optional<Agreement> agreement) {
    List<Measure> planMeasures = measures.ofPlan(plan.id);
    List<Consent> current = consents.current(plan.id);
    List<PlanView.SubGoalSummary> subGoals =
        SubGoalTotal.of(planMeasures).stream()
            .map(
                t -> {
                  Optional<Agreement.SubGoal> goal =
                      agreement.flatMap(a -> a.subGoal(t.subGoalNumber()));
                  return new PlanView.SubGoalSummary(
                      t.subGoalNumber(),
                      goal.map(Agreement.SubGoal::title).orElse(null),
                      t.measureCount(),
                      t.grantRequestedOre(),
                      t.ownResourcesOre(),
                      goal.map(Agreement.SubGoal::partners).orElse(List.of()));
                })
            .toList();
    Readiness readiness =
        plan.status.editable() && agreement.isPresent()
            ? Readiness.of(agreement.get(), plan.year, planMeasures, current)
            : null;
    return new PlanView(
        plan.id,
        plan.agreementId,
        plan.year,
        plan.revision,
        plan.status,
        plan.version,
        plan.inForce(),
        plan.revisedFromPlanId,
        plan.revisedFromRevision,
        plan.supersedesPlanId,
        plan.supersedesRevision,
        plan.supersededByPlanId,
        plan.supersededByRevision,
        plan.createdAt,
        plan.createdBy,
        plan.updatedAt,
        plan.updatedBy,
        plan.submittedAt,
        plan.submittedBy,
        plan.approvedAt,
        plan.approvedBy,
        plan.returnedAt,
        plan.returnedBy,
        plan.returnReason,
        planMeasures.stream().map(MeasureView::of).toList(),
        subGoals,
        SubGoalTotal.grantRequested(planMeasures),
        SubGoalTotal.ownResources(planMeasures),
        current.stream().map(ConsentView::of).toList(),
        readiness);
  }

  /** Summaries of plans, with their measure counts and totals from one query. */
  public List<PlanSummary> summaries(List<ActionPlan> plans) {
    Map<UUID, long[]> totals = new HashMap<>();
    if (!plans.isEmpty()) {
      List<Object[]> rows =
          measures
              .getEntityManager()
              .createQuery(
                  "select m.planId, count(m), sum(cast(m.grantRequestedOre as BigInteger)),"
                      + " sum(cast(m.ownResourcesOre as BigInteger))"
                      + " from Measure m where m.planId in :ids group by m.planId",
                  Object[].class)
              .setParameter("ids", plans.stream().map(p -> p.id).toList())
              .getResultList();
      for (Object[] row : rows) {
        totals.put(
            (UUID) row[0],
            new long[] {
              ((Number) row[1]).longValue(), Amounts.exact(row[2]), Amounts.exact(row[3])
            });
      }
    }
    return plans.stream()
        .map(
            p -> {
              long[] t = totals.getOrDefault(p.id, new long[3]);
              return new PlanSummary(
                  p.id,
                  p.agreementId,
                  p.year,
                  p.revision,
                  p.status,
                  p.inForce(),
                  p.version,
                  t[0],
                  t[1],
                  t[2],
                  p.updatedAt,
                  p.submittedAt,
                  p.approvedAt);
            })
        .toList();
  }
}
