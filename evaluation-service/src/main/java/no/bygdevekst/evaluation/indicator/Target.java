package no.bygdevekst.evaluation.indicator;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an indicator should reach by the end of a year. */
public record Target(
    @Schema(example = "2025") @NotNull @Min(1900) @Max(2100) Integer year,
    @Schema(example = "10", description = "The target value; null if qualitative") BigDecimal value,
    @Schema(description = "For a qualitative indicator: the label of its scale to reach")
        @Size(max = 100)
        String assessment) {}
