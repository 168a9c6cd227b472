package no.bygdevekst.evaluation.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The action plan in force for an agreement and year: the latest approved revision, as the action
 * plan service announced it in PlanApproved.
 */
@Entity
@Table(name = "approved_plan")
public class ApprovedPlan extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "agreement_id")
  public UUID agreementId;

  public int year;

  @Column(name = "plan_id")
  public UUID planId;

  public int revision;

  @Column(name = "approved_at")
  public OffsetDateTime approvedAt;

  @Column(name = "approved_by")
  public String approvedBy;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;

  @ElementCollection
  @CollectionTable(
      name = "approved_plan_sub_goal",
      joinColumns = @JoinColumn(name = "approved_plan_id"))
  public List<PlannedSubGoal> subGoals = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "approved_plan_measure",
      joinColumns = @JoinColumn(name = "approved_plan_id"))
  public List<PlannedMeasure> measures = new ArrayList<>();

  public static Optional<ApprovedPlan> inForce(UUID agreementId, int year) {
    return find("agreementId = ?1 and year = ?2", agreementId, year).firstResultOptional();
  }

  /** The plan in force, locked until the transaction ends, so that revisions apply in turn. */
  public static Optional<ApprovedPlan> lockInForce(UUID agreementId, int year) {
    return find("agreementId = ?1 and year = ?2", agreementId, year)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional();
  }

  public static List<ApprovedPlan> ofAgreement(UUID agreementId) {
    return list("agreementId = ?1 order by year", agreementId);
  }

  public Optional<PlannedSubGoal> subGoal(int number) {
    return subGoals.stream().filter(s -> s.subGoalNumber == number).findFirst();
  }
}
