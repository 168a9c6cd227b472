package no.bygdevekst.actionplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import no.bygdevekst.platform.http.ETags;
import no.bygdevekst.platform.problem.Problems;

/** One revision of the action plan of an agreement for a year. */
@Entity
@Table(name = "action_plan")
public class ActionPlan {
  @Id public UUID id;

  @Column(name = "agreement_id", nullable = false)
  public UUID agreementId;

  @Column(name = "plan_year", nullable = false)
  public int year;

  @Column(nullable = false)
  public int revision;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public PlanStatus status;

  @Column(name = "revised_from_plan_id")
  public UUID revisedFromPlanId;

  @Column(name = "revised_from_revision")
  public Integer revisedFromRevision;

  @Column(name = "supersedes_plan_id")
  public UUID supersedesPlanId;

  @Column(name = "supersedes_revision")
  public Integer supersedesRevision;

  @Column(name = "superseded_by_plan_id")
  public UUID supersededByPlanId;

  @Column(name = "superseded_by_revision")
  public Integer supersededByRevision;

  @Column(name = "created_at", nullable = false)
  public OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  @Column(name = "updated_at", nullable = false)
  public OffsetDateTime updatedAt;

  @Column(name = "updated_by", nullable = false)
  public String updatedBy;

  @Column(name = "submitted_at")
  public OffsetDateTime submittedAt;

  @Column(name = "submitted_by")
  public String submittedBy;

  @Column(name = "approved_at")
  public OffsetDateTime approvedAt;

  @Column(name = "approved_by")
  public String approvedBy;

  @Column(name = "returned_at")
  public OffsetDateTime returnedAt;

  @Column(name = "returned_by")
  public String returnedBy;

  @Column(name = "return_reason")
  public String returnReason;

  @Version public long version;

  /** A new draft revision. */
  public static ActionPlan draft(
      UUID agreementId, int year, int revision, OffsetDateTime now, String by) {
    ActionPlan plan = new ActionPlan();
    plan.id = UUID.randomUUID();
    plan.agreementId = agreementId;
    plan.year = year;
    plan.revision = revision;
    plan.status = PlanStatus.DRAFT;
    plan.createdAt = now;
    plan.createdBy = by;
    plan.touch(now, by);
    return plan;
  }

  /** Refuses (412) when {@code ifMatch} is given and does not name this version. */
  public void requireVersionIfGiven(String ifMatch) {
    if (ifMatch != null && !ifMatch.isBlank()) {
      ETags.requireMatch(ifMatch, version);
    }
  }

  /** Refuses (409) unless the plan is DRAFT or RETURNED. */
  public void requireEditable() {
    if (!status.editable()) {
      throw Problems.conflict(
          "Plan "
              + id
              + " is "
              + status
              + "; only a DRAFT or RETURNED plan changes"
              + (status == PlanStatus.APPROVED ? " (start a new revision to change it)" : ""));
    }
  }

  /** Moves to {@code next}, or refuses (409) when the status does not allow it. */
  public void moveTo(PlanStatus next) {
    if (!status.canMoveTo(next)) {
      throw Problems.conflict("Plan " + id + " is " + status + " and cannot become " + next);
    }
    status = next;
  }

  /** Marks a change, which also moves the plan's version (its ETag). */
  public void touch(OffsetDateTime at, String by) {
    updatedAt = at;
    updatedBy = by;
  }

  /** The latest approved revision is the one in force. */
  public boolean inForce() {
    return status == PlanStatus.APPROVED && supersededByPlanId == null;
  }
}
