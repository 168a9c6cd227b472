package no.bygdevekst.actionplan.plan;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.bygdevekst.platform.money.Amounts;

/** The measures of one sub-goal of a plan, counted and summed. */
public record SubGoalTotal(
    int subGoalNumber, int measureCount, long grantRequestedOre, long ownResourcesOre) {

  /** One total per sub-goal that has measures, by sub-goal number. */
  public static List<SubGoalTotal> of(List<Measure> measures) {
    Map<Integer, SubGoalTotal> totals = new TreeMap<>();
    for (Measure m : measures) {
      totals.merge(
          m.subGoalNumber,
          new SubGoalTotal(m.subGoalNumber, 1, m.grantRequestedOre, m.ownResourcesOre),
          (a, b) ->
              new SubGoalTotal(
                  a.subGoalNumber,
                  a.measureCount + b.measureCount,
                  Amounts.add(a.grantRequestedOre, b.grantRequestedOre),
                  Amounts.add(a.ownResourcesOre, b.ownResourcesOre)));
    }
    return List.copyOf(totals.values());
  }

  public static long grantRequested(List<Measure> measures) {
    return Amounts.sum(measures.stream().mapToLong(m -> m.grantRequestedOre));
  }

  public static long ownResources(List<Measure> measures) {
    return Amounts.sum(measures.stream().mapToLong(m -> m.ownResourcesOre));
  }
}
