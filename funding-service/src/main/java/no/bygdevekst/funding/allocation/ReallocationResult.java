package no.bygdevekst.funding.allocation;

import java.time.Instant;
import java.util.UUID;

/** A recorded reallocation: the two ledger entries it made. */
public record ReallocationResult(
    UUID reallocationId,
    UUID grantId,
    long grantVersion,
    int fromSubGoalNumber,
    UUID fromMeasureId,
    int toSubGoalNumber,
    UUID toMeasureId,
    long amountOre,
    UUID outEntryId,
    UUID inEntryId,
    Instant reallocatedAt,
    String reallocatedBy) {}
