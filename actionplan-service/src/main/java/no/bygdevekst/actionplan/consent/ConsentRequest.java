package no.bygdevekst.actionplan.consent;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import no.bygdevekst.actionplan.plan.ConsentDecision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner's decision on the current content of one or more sub-goals of a plan. */
@Schema(name = "ConsentRequest")
public record ConsentRequest(
    @Schema(description = "Sub-goals the partner is named under", example = "[1, 3]")
        @NotEmpty
        @Size(max = 50)
        List<@NotNull @Min(1) Integer> subGoalNumbers,
    @Schema(example = "CONSENT") @NotNull ConsentDecision decision,
    @Schema(description = "Required with OBJECT: what the partner objects to") @Size(max = 2000)
        String comment) {}
