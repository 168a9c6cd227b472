package no.bygdevekst.evaluation.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A grant's money for one sub-goal, after its latest change. */
@Embeddable
public class GrantSubGoalTotals {
  @Column(name = "sub_goal_number")
  public int subGoalNumber;

  @Column(name = "allocated_ore")
  public long allocatedOre;

  @Column(name = "own_resources_ore")
  public long ownResourcesOre;

  @Column(name = "disbursed_ore")
  public long disbursedOre;

  public GrantSubGoalTotals() {}

  public GrantSubGoalTotals(
      int subGoalNumber, long allocatedOre, long ownResourcesOre, long disbursedOre) {
    this.subGoalNumber = subGoalNumber;
    this.allocatedOre = allocatedOre;
    this.ownResourcesOre = ownResourcesOre;
    this.disbursedOre = disbursedOre;
  }
}
