package no.bygdevekst.actionplan.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A municipality sent a plan revision to KDD (docs/events.md). */
public record PlanSubmitted(
    UUID planId,
    UUID agreementId,
    int year,
    int revision,
    OffsetDateTime submittedAt,
    String submittedBy) {
  public static final String NAME = "PlanSubmitted";
}
