package no.bygdevekst.actionplan.measure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measure as a municipality writes it, to add or to replace one. */
@Schema(name = "MeasureRequest")
public record MeasureRequest(
    @Schema(
            description = "The sub-goal (delmål) of the agreement the measure serves",
            example = "1")
        @NotNull
        @Min(1)
        Integer subGoalNumber,
    @Schema(example = "Felles boligkoordinator") @NotBlank @Size(max = 300) String title,
    @Schema(example = "En felles boligkoordinator for de fire kommunene, i samarbeid med Husbanken")
        @NotBlank
        @Size(max = 5000)
        String description,
    @Schema(
            description =
                "The principal party responsible: a kommunenummer of the agreement, or KDD",
            example = "5628")
        @NotBlank
        @Size(max = 20)
        String responsibleParty,
    @Schema(
            description = "Organisation numbers among the sub-goal's partners",
            example = "[\"986038009\"]")
        @Size(max = 50)
        List<@NotNull @Pattern(regexp = "\\d{9}", message = "must be nine digits") String> partners,
    @Schema(description = "State grant requested, in whole øre", example = "100000000")
        @NotNull
        @PositiveOrZero
        @Max(MeasureRequest.MAX_ORE)
        Long grantRequestedOre,
    @Schema(description = "The parties' own resources, in whole øre", example = "25000000")
        @NotNull
        @PositiveOrZero
        @Max(MeasureRequest.MAX_ORE)
        Long ownResourcesOre,
    @Schema(
            description = "The result targets (resultatmål) the measure serves, by name or id",
            example = "[\"Nye boliger ferdigstilt\"]")
        @Size(max = 50)
        List<@NotBlank @Size(max = 300) String> resultTargets) {

  /** One trillion kroner: far above any measure, and low enough that sums never overflow. */
  public static final long MAX_ORE = 100_000_000_000_000L;

  public List<String> partnerList() {
    return partners == null ? List.of() : new ArrayList<>(partners);
  }

  public List<String> resultTargetList() {
    return resultTargets == null ? List.of() : resultTargets.stream().map(String::strip).toList();
  }
}
