package no.bygdevekst.evaluation.funding;

import java.util.Collection;

/** Money allocated and disbursed for one sub-goal, summed over grants, in øre. */
public record FundedMoney(long allocatedOre, long ownResourcesAllocatedOre, long disbursedOre) {

  /** Sums a sub-goal's money over {@code grants}. */
  public static FundedMoney of(Collection<GrantTotals> grants, int subGoalNumber) {
    long allocated = 0;
    long own = 0;
    long disbursed = 0;
    for (GrantTotals grant : grants) {
      for (GrantSubGoalTotals s : grant.subGoals) {
        if (s.subGoalNumber == subGoalNumber) {
          allocated = Math.addExact(allocated, s.allocatedOre);
          own = Math.addExact(own, s.ownResourcesOre);
          disbursed = Math.addExact(disbursed, s.disbursedOre);
        }
      }
    }
    return new FundedMoney(allocated, own, disbursed);
  }
}
