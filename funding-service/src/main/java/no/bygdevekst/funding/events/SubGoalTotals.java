package no.bygdevekst.funding.events;

/** A sub-goal's totals after a change, as every funding event carries them. */
public record SubGoalTotals(
    int subGoalNumber, long allocatedOre, long ownResourcesOre, long disbursedOre) {}
