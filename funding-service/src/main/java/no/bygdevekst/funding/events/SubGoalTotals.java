package no.bygdevekst.funding.events;

import java.util.List;
import no.bygdevekst.funding.ledger.GrantPosition;

/** A sub-goal's totals after a change, as every funding event carries them. */
public record SubGoalTotals(
    int subGoalNumber, long allocatedOre, long ownResourcesOre, long disbursedOre) {

  public static List<SubGoalTotals> of(GrantPosition position) {
    return position.subGoals().stream()
        .map(
            s ->
                new SubGoalTotals(
                    s.subGoalNumber(), s.allocatedOre(), s.ownResourcesOre(), s.disbursedOre()))
        .toList();
  }
}
