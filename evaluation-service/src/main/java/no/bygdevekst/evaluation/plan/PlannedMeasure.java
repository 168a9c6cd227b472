package no.bygdevekst.evaluation.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A measure (tiltak) of an approved plan, with the result targets it serves. */
@Embeddable
public class PlannedMeasure {
  @Column(name = "measure_id")
  public UUID measureId;

  @Column(name = "sub_goal_number")
  public int subGoalNumber;

  public String title;

  @Column(name = "grant_requested_ore")
  public long grantRequestedOre;

  @Column(name = "own_resources_ore")
  public long ownResourcesOre;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "result_targets")
  public String[] resultTargets = new String[0];

  public PlannedMeasure() {}

  public PlannedMeasure(
      UUID measureId,
      int subGoalNumber,
      String title,
      long grantRequestedOre,
      long ownResourcesOre,
      String[] resultTargets) {
    this.measureId = measureId;
    this.subGoalNumber = subGoalNumber;
    this.title = title;
    this.grantRequestedOre = grantRequestedOre;
    this.ownResourcesOre = ownResourcesOre;
    this.resultTargets = resultTargets;
  }

  /** Whether the plan says this measure serves the result target of that name. */
  public boolean serves(String indicatorName) {
    for (String target : resultTargets) {
      if (target.trim().equalsIgnoreCase(indicatorName.trim())) {
        return true;
      }
    }
    return false;
  }
}
