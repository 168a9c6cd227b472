package no.bygdevekst.actionplan.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** KDD's reason for returning a submitted plan to the municipalities. */
@Schema(name = "ReturnRequest")
public record ReturnRequest(
    @Schema(example = "Tiltak 2 under delmål 3 mangler egenandel") @NotBlank @Size(max = 2000)
        String reason) {}
