package no.bygdevekst.funding.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The budget of one sub-goal in an approved plan. */
@Embeddable
public class PlanSubGoal {
  @Column(name = "sub_goal_number", nullable = false)
  public int subGoalNumber;

  @Column(name = "measure_count", nullable = false)
  public int measureCount;

  @Column(name = "grant_requested_ore", nullable = false)
  public long grantRequestedOre;

  @Column(name = "own_resources_ore", nullable = false)
  public long ownResourcesOre;

  protected PlanSubGoal() {}

  public PlanSubGoal(
      int subGoalNumber, int measureCount, long grantRequestedOre, long ownResourcesOre) {
    this.subGoalNumber = subGoalNumber;
    this.measureCount = measureCount;
    this.grantRequestedOre = grantRequestedOre;
    this.ownResourcesOre = ownResourcesOre;
  }
}
