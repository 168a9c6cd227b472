package no.bygdevekst.evaluation.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new result target under a sub-goal of an agreement. */
public record DefineIndicator(
    @Schema(example = "1") @NotNull @Positive Integer subGoalNumber,
    @Schema(example = "Nye boliger ferdigstilt") @NotBlank @Size(max = 300) String name,
    @Schema(example = "boliger") @Size(max = 100) String unit,
    @Schema(example = "UNIT") @NotNull MeasureType measureType,
    @Schema(
            example = "true",
            description = "Whether higher is better; false when lower is better (e.g. vacancies)")
        @NotNull
        Boolean ascending,
    @NotNull @Valid Baseline baseline,
    @Schema(
            description =
                "At least one target, one per year at most, within the agreement's period")
        @NotNull
        @Size(min = 1, max = 50)
        List<@NotNull @Valid Target> targets,
    @Schema(example = "Kommunenes byggesaksregister") @Size(max = 500) String source,
    @Schema(
            description =
                "For a qualitative indicator: its assessment scale, worst first (2 to 10 labels)",
            example = "[\"Ikke startet\", \"Startet\", \"Godt i gang\", \"Oppnådd\"]")
        @Size(max = 10)
        List<@NotBlank @Size(max = 100) String> assessmentScale) {}
