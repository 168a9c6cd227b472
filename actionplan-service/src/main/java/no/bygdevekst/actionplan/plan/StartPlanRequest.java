package no.bygdevekst.actionplan.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Starts the action plan of an agreement for a year. */
@Schema(name = "StartPlanRequest")
public record StartPlanRequest(
    @Schema(description = "A year inside the agreement's period", example = "2025")
        @NotNull
        @Min(2000)
        @Max(2100)
        Integer year) {}
