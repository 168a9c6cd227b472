package no.bygdevekst.evaluation.funding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.platform.inbox.AboutAgreement;

/**
 * What every funding event carries besides what happened: the grant's totals per sub-goal after the
 * change, with its {@code grantVersion} (docs/events.md).
 */
public record GrantTotalsChanged(
    @NotNull UUID grantId,
    @NotNull UUID agreementId,
    @NotNull @Min(2000) @Max(2100) Integer year,
    @NotNull @Positive Long grantVersion,
    @NotNull @PositiveOrZero Long grantedOre,
    @NotNull List<@NotNull @Valid SubGoal> subGoals)
    implements AboutAgreement {

  /** Every funding event carries the grant's totals, so all are read alike. */
  static final List<String> EVENTS =
      List.of("GrantAwarded", "FundsAllocated", "FundsReallocated", "DisbursementRecorded");

  public record SubGoal(
      @NotNull @Positive Integer subGoalNumber,
      @NotNull @PositiveOrZero Long allocatedOre,
      @NotNull @PositiveOrZero Long ownResourcesOre,
      @NotNull @PositiveOrZero Long disbursedOre) {}
}
