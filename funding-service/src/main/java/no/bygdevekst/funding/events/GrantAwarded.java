package no.bygdevekst.funding.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A grant was awarded, or added to ({@code addition}); see docs/events.md. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record GrantAwarded(
    UUID grantId,
    UUID agreementId,
    int year,
    long grantVersion,
    long grantedOre,
    List<SubGoalTotals> subGoals,
    Instant occurredAt,
    String actor,
    UUID appropriationId,
    long amountOre,
    boolean addition,
    UUID planId,
    int planRevision) {}
