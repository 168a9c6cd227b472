package no.bygdevekst.funding.allocation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Grant money to move from one sub-goal or measure to another. It becomes two ledger entries (out
 * and in); nothing already recorded is changed.
 */
public record ReallocationRequest(
    @Schema(example = "1") @NotNull @Positive Integer fromSubGoalNumber,
    @Schema(description = "The measure the money leaves; absent for the sub-goal itself")
        UUID fromMeasureId,
    @Schema(description = "A sub-goal of the approved plan", example = "3") @NotNull @Positive
        Integer toSubGoalNumber,
    @Schema(description = "A measure of the approved plan under that sub-goal (optional)")
        UUID toMeasureId,
    @Schema(description = "Grant money to move, in whole øre", example = "20000000")
        @NotNull
        @Positive
        Long amountOre,
    @Schema(example = "Tiltaket ble tatt ut av handlingsplanen i revisjon 2")
        @NotBlank
        @Size(max = 1000)
        String reason) {}
