package no.bygdevekst.evaluation.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * {@code no.bygdevekst.evaluation.MeasurementRecorded}, schema version 1: {@code value} is a
 * decimal string (null for a qualitative indicator, which carries {@code assessment} and {@code
 * narrative}).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MeasurementRecorded(
    UUID measurementId,
    UUID indicatorId,
    UUID agreementId,
    int subGoalNumber,
    int year,
    String value,
    String assessment,
    String narrative,
    String source,
    String recordedBy,
    UUID correctsMeasurementId) {

  public static final String NAME = "MeasurementRecorded";
}
