package no.bygdevekst.evaluation.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * {@code no.bygdevekst.evaluation.AttainmentReportPublished}, schema version 1: {@code progress} is
 * a decimal string, null with status NO_DATA; {@code year} is null for the final report.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AttainmentReportPublished(
    UUID reportId,
    UUID agreementId,
    String kind,
    Integer year,
    OffsetDateTime publishedAt,
    List<SubGoal> subGoals) {

  public static final String NAME = "AttainmentReportPublished";

  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record SubGoal(int subGoalNumber, String status, String progress) {}
}
