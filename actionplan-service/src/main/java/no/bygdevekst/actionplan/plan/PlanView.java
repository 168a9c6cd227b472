package no.bygdevekst.actionplan.plan;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One plan revision with its measures, the totals per sub-goal, the consents in force and, while it
 * can change, what still stands between it and its submission.
 */
@Schema(name = "ActionPlan")
public record PlanView(
    UUID id,
    UUID agreementId,
    @Schema(example = "2025") int year,
    @Schema(example = "1") int revision,
    PlanStatus status,
    @Schema(description = "The ETag of the plan") long version,
    @Schema(description = "Whether this is the approved revision in force for its year")
        boolean inForce,
    UUID revisedFromPlanId,
    Integer revisedFromRevision,
    UUID supersedesPlanId,
    Integer supersedesRevision,
    UUID supersededByPlanId,
    Integer supersededByRevision,
    OffsetDateTime createdAt,
    String createdBy,
    OffsetDateTime updatedAt,
    String updatedBy,
    OffsetDateTime submittedAt,
    String submittedBy,
    OffsetDateTime approvedAt,
    String approvedBy,
    OffsetDateTime returnedAt,
    String returnedBy,
    String returnReason,
    List<MeasureView> measures,
    List<SubGoalSummary> subGoals,
    @Schema(example = "150000000") long totalGrantRequestedOre,
    @Schema(example = "40000000") long totalOwnResourcesOre,
    List<ConsentView> consents,
    @Schema(description = "Only while the plan is DRAFT or RETURNED") Readiness readiness) {

  /** A sub-goal with measures in this plan: its totals and the partners named under it. */
  @Schema(name = "PlanSubGoal")
  public record SubGoalSummary(
      int subGoalNumber,
      String title,
      int measureCount,
      long grantRequestedOre,
      long ownResourcesOre,
      List<String> partners) {}
}
