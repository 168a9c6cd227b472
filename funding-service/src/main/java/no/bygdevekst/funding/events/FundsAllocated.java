package no.bygdevekst.funding.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Grant money and own resources were allocated to a sub-goal or measure; see docs/events.md. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FundsAllocated(
    UUID grantId,
    UUID agreementId,
    int year,
    long grantVersion,
    long grantedOre,
    List<SubGoalTotals> subGoals,
    Instant occurredAt,
    String actor,
    UUID entryId,
    int subGoalNumber,
    UUID measureId,
    long grantAmountOre,
    long ownResourcesOre) {}
