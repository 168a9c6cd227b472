package no.bygdevekst.funding.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import no.bygdevekst.platform.problem.Problems;

/** The approved plan a grant's money is placed against: the latest approved revision. */
@ApplicationScoped
public class PlanInForce {
  private final ApprovedPlanRepository plans;

  @Inject
  public PlanInForce(ApprovedPlanRepository plans) {
    this.plans = plans;
  }

  /** The plan in force for a grant's agreement and year; a grant is only awarded against one. */
  public ApprovedPlan forGrant(UUID agreementId, int year) {
    return plans
        .inForce(agreementId, year)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No approved plan for agreement " + agreementId + " and " + year));
  }

  /**
   * Refuses (409) a sub-goal, or a measure under it, that the plan in force does not have.
   *
   * @return the sub-goal's budget in the plan
   */
  public PlanSubGoal requireTarget(ApprovedPlan plan, int subGoalNumber, UUID measureId) {
    PlanSubGoal subGoal =
        plan.subGoal(subGoalNumber)
            .orElseThrow(
                () ->
                    Problems.conflict(
                        "Sub-goal "
                            + subGoalNumber
                            + " is not in the approved plan (revision "
                            + plan.revision
                            + ")"));
    if (measureId != null && plan.measure(subGoalNumber, measureId).isEmpty()) {
      throw Problems.conflict(
          "Measure "
              + measureId
              + " is not under sub-goal "
              + subGoalNumber
              + " in the approved plan (revision "
              + plan.revision
              + ")");
    }
    return subGoal;
  }
}
