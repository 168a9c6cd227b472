package no.bygdevekst.evaluation.indicator;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where an indicator starts: a value in a year, or for a qualitative indicator a level of its
 * assessment scale.
 */
public record Baseline(
    @Schema(example = "4", description = "The value in the baseline year; null if qualitative")
        BigDecimal value,
    @Schema(description = "For a qualitative indicator: a label of its scale (default: the lowest)")
        @Size(max = 100)
        String assessment,
    @Schema(example = "2023") @NotNull @Min(1900) @Max(2100) Integer year) {}
