package no.bygdevekst.evaluation.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.evaluation.indicator.Indicator;

/**
 * {@code no.bygdevekst.evaluation.IndicatorDefined}, schema version 1. Values are decimal strings;
 * {@code assessment} and {@code assessmentScale} only for qualitative indicators.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record IndicatorDefined(
    UUID indicatorId,
    UUID agreementId,
    int subGoalNumber,
    String name,
    String unit,
    String measureType,
    boolean ascending,
    Baseline baseline,
    List<Target> targets,
    String source,
    List<String> assessmentScale) {

  public static final String NAME = "IndicatorDefined";

  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Baseline(String value, String assessment, int year) {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Target(int year, String value, String assessment) {}

  public static IndicatorDefined of(Indicator i) {
    return new IndicatorDefined(
        i.id,
        i.agreementId,
        i.subGoalNumber,
        i.name,
        i.unit,
        i.measureType.name(),
        i.ascending,
        new Baseline(text(i.baselineValue), i.baselineAssessment, i.baselineYear),
        i.targets.stream().map(t -> new Target(t.year, text(t.value), t.assessment)).toList(),
        i.source,
        i.measureType.isQualitative() ? List.copyOf(i.assessmentScale) : null);
  }

  static String text(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }
}
