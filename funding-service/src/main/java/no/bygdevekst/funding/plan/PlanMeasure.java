package no.bygdevekst.funding.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** One measure (tiltak) of an approved plan and its budget. */
@Embeddable
public class PlanMeasure {
  @Column(name = "measure_id", nullable = false)
  public UUID measureId;

  @Column(name = "sub_goal_number", nullable = false)
  public int subGoalNumber;

  public String title;

  @Column(name = "responsible_party")
  public String responsibleParty;

  @Column(name = "grant_requested_ore", nullable = false)
  public long grantRequestedOre;

  @Column(name = "own_resources_ore", nullable = false)
  public long ownResourcesOre;

  protected PlanMeasure() {}

  public PlanMeasure(
      UUID measureId,
      int subGoalNumber,
      String title,
      String responsibleParty,
      long grantRequestedOre,
      long ownResourcesOre) {
    this.measureId = measureId;
    this.subGoalNumber = subGoalNumber;
    this.title = title;
    this.responsibleParty = responsibleParty;
    this.grantRequestedOre = grantRequestedOre;
    this.ownResourcesOre = ownResourcesOre;
  }
}
