package no.bygdevekst.agreement.api;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Concluding an agreement: at or after the end of its period, or earlier with a reason. */
@Schema(description = "Conclusion (avslutning) of an agreement")
public record ConclusionRequest(
    @Schema(
            description = "The day it ends; today if absent. Never in the future",
            example = "2027-12-30")
        LocalDate concludedOn,
    @Schema(description = "Required when concluding before the period's end") @Size(max = 2000)
        String reason) {}
