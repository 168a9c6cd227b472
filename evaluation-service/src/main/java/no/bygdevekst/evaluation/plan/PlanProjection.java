package no.bygdevekst.evaluation.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.platform.inbox.ReadModel;
import no.bygdevekst.platform.time.Times;
import org.jboss.logging.Logger;

/**
 * Keeps the approved plan in force per agreement and year from PlanApproved events. Only
 * PlanApproved changes what this service shows; the other plan events are known and deliberately
 * ignored, so that they are not dead-lettered as unknown.
 */
@ApplicationScoped
public class PlanProjection implements ReadModel.Source {
  public static final String CONSUMER = "plan-read-model";
  private static final Logger LOG = Logger.getLogger(PlanProjection.class);

  private final Clock clock;

  @Inject
  public PlanProjection(Clock clock) {
    this.clock = clock;
  }

  @Override
  public ReadModel readModel() {
    return ReadModel.of("approved-plans", CONSUMER, "actionplan")
        .on("PlanApproved", PlanApproved.class, (event, approved) -> apply(approved))
        .ignoring("PlanSubmitted", "PlanReturned", "PlanRevised")
        .tables("approved_plan_measure", "approved_plan_sub_goal", "approved_plan");
  }

  /**
   * Keeps the approved revision unless a revision as high or higher is already kept for that year.
   *
   * @return whether the read model changed
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean apply(PlanApproved approved) {
    ApprovedPlan plan =
        ApprovedPlan.lockInForce(approved.agreementId(), approved.year()).orElse(null);
    if (plan != null && plan.revision >= approved.revision()) {
      LOG.debugf(
          "Plan %s revision %d for %d ignored: revision %d is in force",
          approved.planId(), approved.revision(), approved.year(), plan.revision);
      return false;
    }
    boolean created = plan == null;
    if (created) {
      plan = new ApprovedPlan();
      plan.id = UUID.randomUUID();
      plan.agreementId = approved.agreementId();
      plan.year = approved.year();
    }
    plan.planId = approved.planId();
    plan.revision = approved.revision();
    plan.approvedAt = approved.approvedAt();
    plan.approvedBy = approved.approvedBy();
    plan.updatedAt = Times.nowUtc(clock);
    plan.subGoals.clear();
    for (PlanApproved.SubGoal s : approved.subGoals()) {
      plan.subGoals.add(
          new PlannedSubGoal(
              s.subGoalNumber(), s.measureCount(), s.grantRequestedOre(), s.ownResourcesOre()));
    }
    plan.measures.clear();
    for (PlanApproved.Measure m : approved.measures()) {
      List<String> targets = m.resultTargets() == null ? List.of() : m.resultTargets();
      plan.measures.add(
          new PlannedMeasure(
              m.measureId(),
              m.subGoalNumber(),
              m.title(),
              m.grantRequestedOre(),
              m.ownResourcesOre(),
              targets.toArray(String[]::new)));
    }
    if (created) {
      plan.persist();
    }
    return true;
  }
}
