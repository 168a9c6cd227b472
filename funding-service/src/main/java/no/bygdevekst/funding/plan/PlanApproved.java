package no.bygdevekst.funding.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.platform.inbox.AboutAgreement;

/** The data of PlanApproved: the budget of an approved revision per sub-goal and measure. */
public record PlanApproved(
    @NotNull UUID planId,
    @NotNull UUID agreementId,
    @NotNull @Min(2000) @Max(2100) Integer year,
    @NotNull @Positive Integer revision,
    UUID supersedesPlanId,
    Integer supersedesRevision,
    Instant approvedAt,
    String approvedBy,
    @NotNull @Valid List<@NotNull SubGoal> subGoals,
    @NotNull @Valid List<@NotNull Measure> measures,
    @NotNull @PositiveOrZero Long totalGrantRequestedOre,
    @NotNull @PositiveOrZero Long totalOwnResourcesOre)
    implements AboutAgreement {

  public record SubGoal(
      @NotNull @Positive Integer subGoalNumber,
      @PositiveOrZero Integer measureCount,
      @NotNull @PositiveOrZero Long grantRequestedOre,
      @NotNull @PositiveOrZero Long ownResourcesOre) {}

  public record Measure(
      @NotNull UUID measureId,
      @NotNull @Positive Integer subGoalNumber,
      String title,
      String responsibleParty,
      @NotNull @PositiveOrZero Long grantRequestedOre,
      @NotNull @PositiveOrZero Long ownResourcesOre) {}
}
