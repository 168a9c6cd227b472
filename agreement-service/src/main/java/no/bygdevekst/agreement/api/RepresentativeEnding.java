package no.bygdevekst.agreement.api;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Ends a registration: the person no longer acts for the party after {@code lastDay}. */
@Schema(description = "The end of a representative's registration")
public record RepresentativeEnding(
    @Schema(
            description =
                "The last day it holds; yesterday if absent, so that it no longer holds today",
            example = "2025-06-30")
        LocalDate lastDay,
    @Schema(description = "Why it ends", example = "Sluttet i kommunen") @Size(max = 2000)
        String reason) {}
