package no.bygdevekst.actionplan.plan;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan revision in a list. */
@Schema(name = "ActionPlanSummary")
public record PlanSummary(
    UUID id,
    UUID agreementId,
    int year,
    int revision,
    PlanStatus status,
    boolean inForce,
    long version,
    long measureCount,
    long totalGrantRequestedOre,
    long totalOwnResourcesOre,
    OffsetDateTime updatedAt,
    OffsetDateTime submittedAt,
    OffsetDateTime approvedAt) {}
