package no.bygdevekst.evaluation.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What an approved plan budgets for one sub-goal. */
@Embeddable
public class PlannedSubGoal {
  @Column(name = "sub_goal_number")
  public int subGoalNumber;

  @Column(name = "measure_count")
  public int measureCount;

  @Column(name = "grant_requested_ore")
  public long grantRequestedOre;

  @Column(name = "own_resources_ore")
  public long ownResourcesOre;

  public PlannedSubGoal() {}

  public PlannedSubGoal(
      int subGoalNumber, int measureCount, long grantRequestedOre, long ownResourcesOre) {
    this.subGoalNumber = subGoalNumber;
    this.measureCount = measureCount;
    this.grantRequestedOre = grantRequestedOre;
    this.ownResourcesOre = ownResourcesOre;
  }
}
