package no.bygdevekst.platform.inbox;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * What is read of an event a consumer knows and deliberately ignores: only the agreement it is
 * about, so that its subject is checked like any other's.
 */
record IgnoredEvent(@NotNull UUID agreementId) implements AboutAgreement {}
