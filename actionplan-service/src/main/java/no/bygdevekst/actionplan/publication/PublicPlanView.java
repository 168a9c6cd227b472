package no.bygdevekst.actionplan.publication;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.actionplan.plan.PlanView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An approved plan revision as the public sees it: its measures and budget. */
@Schema(name = "PublicActionPlan")
public record PublicPlanView(
    UUID id,
    UUID agreementId,
    int year,
    int revision,
    boolean inForce,
    OffsetDateTime approvedAt,
    UUID supersedesPlanId,
    UUID supersededByPlanId,
    List<Measure> measures,
    List<PlanView.SubGoalSummary> subGoals,
    long totalGrantRequestedOre,
    long totalOwnResourcesOre) {

  @Schema(name = "PublicMeasure")
  public record Measure(
      UUID measureId,
      int subGoalNumber,
      String title,
      String description,
      String responsibleParty,
      List<String> partners,
      long grantRequestedOre,
      long ownResourcesOre,
      List<String> resultTargets) {}

  public static PublicPlanView of(PlanView p) {
    return new PublicPlanView(
        p.id(),
        p.agreementId(),
        p.year(),
        p.revision(),
        p.inForce(),
        p.approvedAt(),
        p.supersedesPlanId(),
        p.supersededByPlanId(),
        p.measures().stream()
            .map(
                m ->
                    new Measure(
                        m.measureId(),
                        m.subGoalNumber(),
                        m.title(),
                        m.description(),
                        m.responsibleParty(),
                        m.partners(),
                        m.grantRequestedOre(),
                        m.ownResourcesOre(),
                        m.resultTargets()))
            .toList(),
        p.subGoals(),
        p.totalGrantRequestedOre(),
        p.totalOwnResourcesOre());
  }
}
