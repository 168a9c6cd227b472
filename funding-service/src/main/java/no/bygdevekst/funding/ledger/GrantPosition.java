package no.bygdevekst.funding.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import no.bygdevekst.platform.money.Amounts;

/**
 * Where a grant's money stands, summed from its ledger: what is allocated (grant and own resources)
 * to each sub-goal and measure, and what has been paid out per sub-goal.
 */
public final class GrantPosition {
  private final long grantedOre;
  private final Map<Integer, SubGoal> subGoals;

  private GrantPosition(long grantedOre, Map<Integer, SubGoal> subGoals) {
    this.grantedOre = grantedOre;
    this.subGoals = subGoals;
  }

  public static Builder builder(long grantedOre) {
    return new Builder(grantedOre);
  }

  public long grantedOre() {
    return grantedOre;
  }

  /** Grant money allocated to sub-goals. */
  public long allocatedOre() {
    return Amounts.sum(subGoals.values().stream().mapToLong(SubGoal::allocatedOre));
  }

  public long ownResourcesOre() {
    return Amounts.sum(subGoals.values().stream().mapToLong(SubGoal::ownResourcesOre));
  }

  public long disbursedOre() {
    return Amounts.sum(subGoals.values().stream().mapToLong(SubGoal::disbursedOre));
  }

  /** Grant money not yet allocated to any sub-goal. */
  public long unallocatedOre() {
    return Amounts.subtract(grantedOre, allocatedOre());
  }

  /** Grant money not yet paid out. */
  public long notDisbursedOre() {
    return Amounts.subtract(grantedOre, disbursedOre());
  }

  /** The sub-goals with any entry, by number. */
  public Collection<SubGoal> subGoals() {
    return subGoals.values();
  }

  public SubGoal subGoal(int number) {
    return subGoals.getOrDefault(number, new SubGoal(number, List.of(), 0));
  }

  /**
   * Grant money allocated to one measure ({@code null}: to the sub-goal, no particular measure).
   */
  public long allocatedOre(int subGoalNumber, UUID measureId) {
    return subGoal(subGoalNumber).measure(measureId).allocatedOre();
  }

  /**
   * One sub-goal's money.
   *
   * @param lines what is allocated to it: per measure, and once with a null measure id for money
   *     allocated to the sub-goal without naming a measure
   */
  public record SubGoal(int subGoalNumber, List<Line> lines, long disbursedOre) {
    public long allocatedOre() {
      return Amounts.sum(lines.stream().mapToLong(Line::allocatedOre));
    }

    public long ownResourcesOre() {
      return Amounts.sum(lines.stream().mapToLong(Line::ownResourcesOre));
    }

    /** Allocated grant money not yet paid out. */
    public long remainingOre() {
      return Amounts.subtract(allocatedOre(), disbursedOre);
    }

    public Line measure(UUID measureId) {
      return lines.stream()
          .filter(l -> Objects.equals(l.measureId(), measureId))
          .findFirst()
          .orElse(new Line(measureId, 0, 0));
    }
  }

  /** Grant money and own resources allocated to one measure, or to the sub-goal itself. */
  public record Line(UUID measureId, long allocatedOre, long ownResourcesOre) {}

  /** Adds up ledger sums by sub-goal and measure. */
  public static final class Builder {
    private final long grantedOre;
    private final Map<Integer, Map<UUID, long[]>> allocations = new TreeMap<>();
    private final Map<Integer, Long> disbursed = new TreeMap<>();

    private Builder(long grantedOre) {
      this.grantedOre = grantedOre;
    }

    public Builder add(
        LedgerEntryType type,
        Integer subGoalNumber,
        UUID measureId,
        long grantAmountOre,
        long ownResourcesOre) {
      if (subGoalNumber == null) {
        return this; // awards and the closing entry belong to the grant, not a sub-goal
      }
      if (type.isAllocation()) {
        long[] sums =
            allocations
                .computeIfAbsent(subGoalNumber, n -> new HashMap<>())
                .computeIfAbsent(measureId, m -> new long[2]);
        sums[0] = Amounts.add(sums[0], grantAmountOre);
        sums[1] = Amounts.add(sums[1], ownResourcesOre);
      } else if (type.isDisbursement()) {
        disbursed.merge(subGoalNumber, grantAmountOre, Amounts::add);
      }
      return this;
    }

    public GrantPosition build() {
      Map<Integer, SubGoal> subGoals = new TreeMap<>();
      Set<Integer> numbers = new TreeSet<>(allocations.keySet());
      numbers.addAll(disbursed.keySet());
      for (Integer number : numbers) {
        List<Line> lines = new ArrayList<>();
        allocations
            .getOrDefault(number, Map.of())
            .forEach((measure, sums) -> lines.add(new Line(measure, sums[0], sums[1])));
        lines.sort(
            Comparator.comparing(
                Line::measureId, Comparator.nullsFirst(Comparator.naturalOrder())));
        subGoals.put(
            number, new SubGoal(number, List.copyOf(lines), disbursed.getOrDefault(number, 0L)));
      }
      return new GrantPosition(grantedOre, subGoals);
    }
  }
}
