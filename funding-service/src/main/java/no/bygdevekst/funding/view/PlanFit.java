package no.bygdevekst.funding.view;

import java.util.ArrayList;
import java.util.List;
import no.bygdevekst.funding.ledger.GrantPosition;
import no.bygdevekst.funding.plan.ApprovedPlan;
import no.bygdevekst.funding.plan.PlanSubGoal;
import no.bygdevekst.funding.view.FundingView.Flag;
import no.bygdevekst.funding.view.FundingView.FlagCode;

/**
 * Which of a sub-goal's allocations no longer fit the plan in force, as after a revision that
 * removed a sub-goal or measure or lowered a budget. Only grant money is judged: own resources are
 * the municipalities' own and are shown, not flagged.
 */
final class PlanFit {
  private PlanFit() {}

  static List<Flag> flags(ApprovedPlan plan, GrantPosition.SubGoal position) {
    List<Flag> flags = new ArrayList<>();
    int number = position.subGoalNumber();
    PlanSubGoal budget = plan.subGoal(number).orElse(null);
    if (budget == null) {
      if (position.remainingOre() > 0) {
        flags.add(
            new Flag(
                FlagCode.SUB_GOAL_NOT_IN_PLAN,
                null,
                position.remainingOre(),
                "Sub-goal "
                    + number
                    + " is not in revision "
                    + plan.revision
                    + " of the plan; reallocate its "
                    + position.remainingOre()
                    + " øre not paid out"));
      }
      return flags;
    }
    for (GrantPosition.Line line : position.lines()) {
      if (line.measureId() != null
          && line.allocatedOre() > 0
          && plan.measure(number, line.measureId()).isEmpty()) {
        flags.add(
            new Flag(
                FlagCode.MEASURE_NOT_IN_PLAN,
                line.measureId(),
                line.allocatedOre(),
                "Measure "
                    + line.measureId()
                    + " is not under sub-goal "
                    + number
                    + " in revision "
                    + plan.revision
                    + " of the plan; reallocate its "
                    + line.allocatedOre()
                    + " øre"));
      }
    }
    long excess = position.allocatedOre() - budget.grantRequestedOre;
    if (excess > 0) {
      flags.add(
          new Flag(
              FlagCode.ABOVE_PLAN_BUDGET,
              null,
              excess,
              "Sub-goal "
                  + number
                  + " has "
                  + position.allocatedOre()
                  + " øre allocated, "
                  + excess
                  + " øre above its budget of "
                  + budget.grantRequestedOre
                  + " øre in revision "
                  + plan.revision
                  + " of the plan"));
    }
    return flags;
  }
}
