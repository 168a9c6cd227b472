package no.bygdevekst.evaluation.indicator;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An actual value of an indicator for a year, or a correction of one. */
public record RecordMeasurement(
    @Schema(example = "2025") @NotNull @Min(1900) @Max(2100) Integer year,
    @Schema(example = "7", description = "The actual value (a JSON number or a decimal string)")
        BigDecimal value,
    @Schema(description = "For a qualitative indicator: a label of its assessment scale")
        @Size(max = 100)
        String assessment,
    @Schema(description = "What happened: required for a qualitative indicator, optional otherwise")
        @Size(max = 4000)
        String narrative,
    @Schema(example = "Kommunenes byggesaksregister, uttrekk 2026-01-15") @NotBlank @Size(max = 500)
        String source,
    @Schema(
            description =
                "The measurement this one corrects: the current value of the same year. The"
                    + " corrected value stays in the history.")
        UUID correctsMeasurementId) {}
