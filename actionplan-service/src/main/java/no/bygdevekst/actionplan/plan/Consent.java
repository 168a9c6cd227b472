package no.bygdevekst.actionplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A partner's decision on one sub-goal of a plan, valid for the sub-goal's content when it was
 * given: a later change to that content voids it.
 */
@Entity
@Table(name = "consent")
public class Consent {
  @Id public UUID id;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Column(name = "sub_goal_number", nullable = false)
  public int subGoalNumber;

  @Column(name = "organisation_number", nullable = false)
  public String organisationNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ConsentDecision decision;

  public String comment;

  @Column(name = "given_at", nullable = false)
  public OffsetDateTime givenAt;

  @Column(name = "given_by", nullable = false)
  public String givenBy;

  @Column(name = "voided_at")
  public OffsetDateTime voidedAt;

  @Column(name = "voided_reason")
  public String voidedReason;

  public void voidBecause(String reason, OffsetDateTime at) {
    voidedAt = at;
    voidedReason = reason.length() > 500 ? reason.substring(0, 500) : reason;
  }
}
