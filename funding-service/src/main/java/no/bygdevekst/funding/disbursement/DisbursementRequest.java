package no.bygdevekst.funding.disbursement;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A payout, per sub-goal; the final one closes the grant. */
public record DisbursementRequest(
    @Schema(description = "What is paid out under each sub-goal") @NotNull @Size(max = 100) @Valid
        List<@NotNull Line> lines,
    @JsonProperty("final")
        @Schema(
            description =
                "true for the final payout (sluttutbetaling): the grant is closed after it, and"
                    + " what was not paid out is to be returned or withheld. May have no lines.",
            defaultValue = "false")
        boolean finalDisbursement,
    @Schema(description = "The payment's reference, e.g. in the accounting system") @Size(max = 200)
        String reference,
    @Size(max = 1000) String note) {

  @Schema(name = "DisbursementRequestLine")
  public record Line(
      @Schema(example = "1") @NotNull @Positive Integer subGoalNumber,
      @Schema(description = "In whole øre", example = "50000000") @NotNull @Positive
          Long amountOre) {}
}
