package no.bygdevekst.funding.view;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.funding.grant.GrantStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The funding of an agreement for a year, per sub-goal: the plan's budget, the grant allocated to
 * it, own resources, what is paid out and what remains, and flags where allocations no longer fit
 * the plan in force.
 */
public record FundingView(
    UUID agreementId,
    @Schema(example = "2025") int year,
    String agreementTitle,
    @Schema(description = "The approved plan in force: its latest approved revision") PlanRef plan,
    @Schema(description = "Absent while no grant has been awarded") UUID grantId,
    GrantStatus grantStatus,
    Long grantVersion,
    @Schema(description = "The grant awarded, in øre", example = "500000000") long grantedOre,
    @Schema(description = "Grant money allocated to sub-goals") long allocatedOre,
    @Schema(description = "Grant money not yet allocated") long unallocatedOre,
    @Schema(description = "Own resources allocated") long ownResourcesOre,
    @Schema(description = "Paid out") long disbursedOre,
    @Schema(description = "Granted and not yet paid out") long remainingOre,
    @Schema(
            description =
                "After the final payout: granted and not paid out, to be returned or withheld"
                    + " (tilbakeføres eller holdes tilbake)")
        Long notPaidOutOre,
    @Schema(description = "Whether any allocation must be reallocated to fit the plan in force")
        boolean needsReallocation,
    List<SubGoalFunding> subGoals) {

  @Schema(name = "FundingPlan")
  public record PlanRef(
      UUID planId, int revision, Instant approvedAt, long totalGrantRequestedOre) {}

  /** One sub-goal's money. */
  public record SubGoalFunding(
      int subGoalNumber,
      String title,
      @Schema(description = "Whether the plan in force has this sub-goal") boolean inPlan,
      @Schema(description = "Grant money the plan in force budgets for it (grantRequestedOre)")
          long budgetOre,
      @Schema(description = "Own resources the plan in force budgets for it")
          long plannedOwnResourcesOre,
      @Schema(description = "Grant money allocated to it") long grantedOre,
      @Schema(description = "Own resources allocated to it") long ownResourcesOre,
      @Schema(description = "Allocated in all: grant money and own resources") long allocatedOre,
      @Schema(description = "Paid out under it") long disbursedOre,
      @Schema(description = "Grant money allocated to it and not yet paid out") long remainingOre,
      @Schema(description = "After the final payout: its remaining, to be returned or withheld")
          Long notPaidOutOre,
      List<MeasureFunding> measures,
      List<Flag> flags) {}

  /** One measure's budget and allocation; measureId absent for the sub-goal itself. */
  public record MeasureFunding(
      UUID measureId,
      String title,
      boolean inPlan,
      long budgetOre,
      long plannedOwnResourcesOre,
      long grantedOre,
      long ownResourcesOre) {}

  /**
   * An allocation that no longer fits the plan in force and needs reallocation; nothing is changed
   * or deleted by itself.
   *
   * @param amountOre the grant money concerned: what must move for the allocation to fit
   */
  @Schema(name = "FundingFlag")
  public record Flag(FlagCode code, UUID measureId, long amountOre, String message) {}

  @Schema(name = "FundingFlagCode")
  public enum FlagCode {
    /** Grant money is allocated to a sub-goal the plan in force no longer has. */
    SUB_GOAL_NOT_IN_PLAN,
    /** Grant money is allocated to a measure the plan in force no longer has under the sub-goal. */
    MEASURE_NOT_IN_PLAN,
    /** The sub-goal has more grant money allocated than the plan in force budgets for it. */
    ABOVE_PLAN_BUDGET
  }
}
