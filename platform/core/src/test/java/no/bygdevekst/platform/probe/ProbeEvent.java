package no.bygdevekst.platform.probe;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import no.bygdevekst.platform.inbox.AboutAgreement;

public record ProbeEvent(@NotNull UUID agreementId, @Min(0) int value) implements AboutAgreement {}
