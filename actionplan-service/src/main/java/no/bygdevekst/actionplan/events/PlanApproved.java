package no.bygdevekst.actionplan.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * KDD approved a plan revision; it is now the one in force for its year and the basis of the grant
 * (docs/events.md). {@code supersedesPlanId} and {@code supersedesRevision} are null, and present
 * as null, for the first approved revision.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PlanApproved(
    UUID planId,
    UUID agreementId,
    int year,
    int revision,
    UUID supersedesPlanId,
    Integer supersedesRevision,
    OffsetDateTime approvedAt,
    String approvedBy,
    List<SubGoal> subGoals,
    List<Measure> measures,
    long totalGrantRequestedOre,
    long totalOwnResourcesOre) {
  public static final String NAME = "PlanApproved";

  public record SubGoal(
      int subGoalNumber, int measureCount, long grantRequestedOre, long ownResourcesOre) {}

  public record Measure(
      UUID measureId,
      int subGoalNumber,
      String title,
      String responsibleParty,
      List<String> partners,
      long grantRequestedOre,
      long ownResourcesOre,
      List<String> resultTargets) {}
}
