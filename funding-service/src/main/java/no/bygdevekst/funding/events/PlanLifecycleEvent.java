package no.bygdevekst.funding.events;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * The common part of PlanSubmitted, PlanReturned and PlanRevised. Funding only acts on approved
 * plans; it reads these so that they are recognised (and not dead-lettered) and ignores them.
 */
public record PlanLifecycleEvent(
    @NotNull UUID planId, @NotNull UUID agreementId, Integer year, Integer revision) {}
