package no.bygdevekst.funding.grant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One award of a grant from an appropriation: the first one, or an explicit addition. */
@Entity
@Table(name = "grant_award")
public class GrantAward {
  @Id public UUID id;

  @Column(name = "grant_id", nullable = false)
  public UUID grantId;

  @Column(name = "appropriation_id", nullable = false)
  public UUID appropriationId;

  @Column(name = "amount_ore", nullable = false)
  public long amountOre;

  @Column(nullable = false)
  public boolean addition;

  @Column(nullable = false)
  public String conditions;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Column(name = "plan_revision", nullable = false)
  public int planRevision;

  @Column(name = "awarded_at", nullable = false)
  public Instant awardedAt;

  @Column(name = "awarded_by", nullable = false)
  public String awardedBy;
}
