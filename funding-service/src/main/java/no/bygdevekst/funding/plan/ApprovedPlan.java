package no.bygdevekst.funding.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One approved revision of an action plan, from PlanApproved: the budget per sub-goal and measure
 * that grants and allocations are checked against.
 */
@Entity
@Table(name = "approved_plan")
public class ApprovedPlan {
  @Id
  @Column(name = "plan_id")
  public UUID planId;

  @Column(name = "agreement_id", nullable = false)
  public UUID agreementId;

  @Column(nullable = false)
  public int year;

  @Column(nullable = false)
  public int revision;

  @Column(name = "supersedes_plan_id")
  public UUID supersedesPlanId;

  @Column(name = "supersedes_revision")
  public Integer supersedesRevision;

  @Column(name = "approved_at")
  public Instant approvedAt;

  @Column(name = "approved_by")
  public String approvedBy;

  @Column(name = "total_grant_requested_ore", nullable = false)
  public long totalGrantRequestedOre;

  @Column(name = "total_own_resources_ore", nullable = false)
  public long totalOwnResourcesOre;

  @Column(name = "event_id", nullable = false)
  public UUID eventId;

  @Column(name = "received_at", nullable = false)
  public Instant receivedAt;

  @ElementCollection
  @CollectionTable(name = "approved_plan_sub_goal", joinColumns = @JoinColumn(name = "plan_id"))
  @OrderBy("subGoalNumber")
  public List<PlanSubGoal> subGoals = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "approved_plan_measure", joinColumns = @JoinColumn(name = "plan_id"))
  @OrderColumn(name = "position")
  public List<PlanMeasure> measures = new ArrayList<>();

  public Optional<PlanSubGoal> subGoal(int number) {
    return subGoals.stream().filter(s -> s.subGoalNumber == number).findFirst();
  }

  /** The measure with this id, if the plan has it under sub-goal {@code subGoalNumber}. */
  public Optional<PlanMeasure> measure(int subGoalNumber, UUID measureId) {
    return measures.stream()
        .filter(m -> m.measureId.equals(measureId) && m.subGoalNumber == subGoalNumber)
        .findFirst();
  }

  public List<PlanMeasure> measuresOf(int subGoalNumber) {
    return measures.stream().filter(m -> m.subGoalNumber == subGoalNumber).toList();
  }
}
