package no.bygdevekst.funding.allocation;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded allocation: its ledger entry, and the grant's position after it. */
public record AllocationResult(
    @Schema(description = "The ledger entry of the allocation") UUID entryId,
    UUID grantId,
    long grantVersion,
    int subGoalNumber,
    UUID measureId,
    long grantAmountOre,
    long ownResourcesOre,
    @Schema(description = "Grant money allocated to the sub-goal now") long subGoalAllocatedOre,
    @Schema(description = "Grant money still free to allocate") long unallocatedOre,
    Instant allocatedAt,
    String allocatedBy) {}
