package no.bygdevekst.funding.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Grant money moved from one sub-goal or measure to another; see docs/events.md. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FundsReallocated(
    UUID grantId,
    UUID agreementId,
    int year,
    long grantVersion,
    long grantedOre,
    List<SubGoalTotals> subGoals,
    Instant occurredAt,
    String actor,
    UUID reallocationId,
    int fromSubGoalNumber,
    UUID fromMeasureId,
    int toSubGoalNumber,
    UUID toMeasureId,
    long amountOre) {}
