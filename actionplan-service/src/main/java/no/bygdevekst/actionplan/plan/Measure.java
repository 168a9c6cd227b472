package no.bygdevekst.actionplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A measure (tiltak) of one plan revision. {@link #measureId} is the measure's identity across
 * revisions; {@link #id} is this row.
 */
@Entity
@Table(name = "measure")
public class Measure {
  @Id public UUID id;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Column(name = "measure_id", nullable = false)
  public UUID measureId;

  @Column(nullable = false)
  public int position;

  @Column(name = "sub_goal_number", nullable = false)
  public int subGoalNumber;

  @Column(nullable = false)
  public String title;

  @Column(nullable = false)
  public String description;

  @Column(name = "responsible_party", nullable = false)
  public String responsibleParty;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false, columnDefinition = "text[]")
  public List<String> partners;

  @Column(name = "grant_requested_ore", nullable = false)
  public long grantRequestedOre;

  @Column(name = "own_resources_ore", nullable = false)
  public long ownResourcesOre;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "result_targets", nullable = false, columnDefinition = "text[]")
  public List<String> resultTargets;

  @Column(name = "created_at", nullable = false)
  public OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  @Column(name = "updated_at", nullable = false)
  public OffsetDateTime updatedAt;

  @Column(name = "updated_by", nullable = false)
  public String updatedBy;

  @Version public long version;

  /** A copy of this measure, with the same identity, for a new revision. */
  public Measure copyTo(UUID newPlanId, OffsetDateTime at, String by) {
    Measure copy = new Measure();
    copy.id = UUID.randomUUID();
    copy.planId = newPlanId;
    copy.measureId = measureId;
    copy.position = position;
    copy.subGoalNumber = subGoalNumber;
    copy.title = title;
    copy.description = description;
    copy.responsibleParty = responsibleParty;
    copy.partners = List.copyOf(partners);
    copy.grantRequestedOre = grantRequestedOre;
    copy.ownResourcesOre = ownResourcesOre;
    copy.resultTargets = List.copyOf(resultTargets);
    copy.createdAt = at;
    copy.createdBy = by;
    copy.updatedAt = at;
    copy.updatedBy = by;
    return copy;
  }
}
