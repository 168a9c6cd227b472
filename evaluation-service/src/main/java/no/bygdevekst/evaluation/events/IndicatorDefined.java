package no.bygdevekst.evaluation.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

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

  /** A decimal as the evaluation events carry it: a plain decimal string, or null. */
  public static String text(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }
}
