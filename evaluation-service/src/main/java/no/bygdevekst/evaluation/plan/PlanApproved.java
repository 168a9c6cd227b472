package no.bygdevekst.evaluation.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.platform.inbox.AboutAgreement;

/** The data of {@code no.bygdevekst.actionplan.PlanApproved} (docs/events.md). */
public record PlanApproved(
    @NotNull UUID planId,
    @NotNull UUID agreementId,
    @NotNull @Min(2000) @Max(2100) Integer year,
    @NotNull @Positive Integer revision,
    @NotNull OffsetDateTime approvedAt,
    String approvedBy,
    @NotNull List<@NotNull @Valid SubGoal> subGoals,
    @NotNull List<@NotNull @Valid Measure> measures)
    implements AboutAgreement {

  public record SubGoal(
      @NotNull @Positive Integer subGoalNumber,
      @NotNull @PositiveOrZero Integer measureCount,
      @NotNull @PositiveOrZero Long grantRequestedOre,
      @NotNull @PositiveOrZero Long ownResourcesOre) {}

  public record Measure(
      @NotNull UUID measureId,
      @NotNull @Positive Integer subGoalNumber,
      @NotBlank String title,
      @NotNull @PositiveOrZero Long grantRequestedOre,
      @NotNull @PositiveOrZero Long ownResourcesOre,
      List<@NotBlank String> resultTargets) {}
}
