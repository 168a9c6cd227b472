package no.bygdevekst.actionplan.events;

import java.util.UUID;

/**
 * A new draft revision was started from an approved one, with its measures copied (docs/events.md).
 */
public record PlanRevised(
    UUID planId,
    UUID agreementId,
    int year,
    int revision,
    UUID revisedFromPlanId,
    int revisedFromRevision) {
  public static final String NAME = "PlanRevised";
}
