package no.bygdevekst.evaluation.ssb;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which years of SSB's population to import, for which municipalities. */
public record ImportPopulation(
    @Schema(example = "[2024, 2025]", description = "Years of SSB's 1 January count")
        @NotEmpty
        @Size(max = 20)
        List<@NotNull @Min(1986) @Max(2100) Integer> years,
    @Schema(
            example = "[\"5628\", \"5630\", \"5632\", \"5636\"]",
            description =
                "Kommunenumre to sum over; default: every municipality that is a principal party")
        @Size(max = 50)
        List<
                @NotNull
                @Pattern(regexp = "\\d{4}", message = "must be a kommunenummer of four digits")
                String>
            municipalities) {}
