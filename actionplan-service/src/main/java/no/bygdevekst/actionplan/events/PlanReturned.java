package no.bygdevekst.actionplan.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** KDD returned a submitted plan revision with a reason; it is editable again (docs/events.md). */
public record PlanReturned(
    UUID planId,
    UUID agreementId,
    int year,
    int revision,
    String reason,
    OffsetDateTime returnedAt,
    String returnedBy) {
  public static final String NAME = "PlanReturned";
}
