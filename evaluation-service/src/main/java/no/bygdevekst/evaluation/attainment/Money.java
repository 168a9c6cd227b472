package no.bygdevekst.evaluation.attainment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A sub-goal's money in øre: planned in the approved action plan (grant requested and own
 * resources), allocated and disbursed as the funding service reports it.
 */
public record Money(
    @Schema(example = "150000000") long plannedGrantOre,
    @Schema(example = "40000000") long plannedOwnResourcesOre,
    @Schema(example = "150000000") long allocatedOre,
    @Schema(example = "40000000") long allocatedOwnResourcesOre,
    @Schema(example = "50000000") long disbursedOre) {

  public static final Money NONE = new Money(0, 0, 0, 0, 0);

  public Money plus(Money other) {
    return new Money(
        Math.addExact(plannedGrantOre, other.plannedGrantOre),
        Math.addExact(plannedOwnResourcesOre, other.plannedOwnResourcesOre),
        Math.addExact(allocatedOre, other.allocatedOre),
        Math.addExact(allocatedOwnResourcesOre, other.allocatedOwnResourcesOre),
        Math.addExact(disbursedOre, other.disbursedOre));
  }
}
