package no.bygdevekst.funding.grant;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A grant with its awards, allocations, disbursements and what remains. */
public record GrantView(
    UUID id,
    UUID agreementId,
    @Schema(example = "2025") int year,
    GrantStatus status,
    @Schema(description = "Counts the changes of the grant; also its ETag", example = "7")
        long grantVersion,
    @Schema(description = "Awarded in total, in øre", example = "500000000") long grantedOre,
    @Schema(description = "Grant money allocated to sub-goals", example = "450000000")
        long allocatedOre,
    @Schema(description = "Grant money not yet allocated", example = "50000000")
        long unallocatedOre,
    @Schema(description = "The municipalities' own resources allocated", example = "120000000")
        long ownResourcesOre,
    @Schema(description = "Paid out", example = "200000000") long disbursedOre,
    @Schema(description = "Granted but not yet paid out", example = "300000000") long remainingOre,
    @Schema(
            description =
                "After the final disbursement: what was granted and not paid out, to be returned"
                    + " or withheld (tilbakeføres eller holdes tilbake)")
        Long notPaidOutOre,
    PlanRef plan,
    List<AwardView> awards,
    List<SubGoalAllocation> subGoals,
    List<DisbursementView> disbursements,
    Instant createdAt,
    String createdBy,
    Instant closedAt,
    String closedBy) {

  /** The approved plan in force (the latest approved revision for the agreement and year). */
  @Schema(name = "GrantPlan")
  public record PlanRef(UUID planId, int revision, Instant approvedAt) {}

  public record AwardView(
      UUID awardId,
      UUID appropriationId,
      long amountOre,
      boolean addition,
      String conditions,
      UUID planId,
      int planRevision,
      Instant awardedAt,
      String awardedBy) {}

  /** What is allocated to a sub-goal, and paid out under it. */
  public record SubGoalAllocation(
      int subGoalNumber,
      long allocatedOre,
      long ownResourcesOre,
      long disbursedOre,
      @Schema(description = "Allocated grant money not yet paid out") long remainingOre,
      List<AllocationLine> allocations) {}

  /** Net allocation to one measure, or to the sub-goal itself when measureId is absent. */
  public record AllocationLine(UUID measureId, long grantAmountOre, long ownResourcesOre) {}

  public record DisbursementView(
      UUID disbursementId,
      @JsonProperty("final")
          @Schema(description = "Whether this was the final payout (sluttutbetaling)")
          boolean finalDisbursement,
      long amountOre,
      List<DisbursementLine> lines,
      String reference,
      String note,
      Instant recordedAt,
      String recordedBy) {}

  public record DisbursementLine(int subGoalNumber, long amountOre) {}
}
