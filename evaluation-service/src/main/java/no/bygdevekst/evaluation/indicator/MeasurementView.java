package no.bygdevekst.evaluation.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A measurement as the API shows it.
 *
 * @param current whether this is the value in force for its year (no later correction)
 * @param correctedBy the measurement that corrected this one, if any
 */
public record MeasurementView(
    UUID id,
    UUID indicatorId,
    int year,
    BigDecimal value,
    String assessment,
    String narrative,
    String source,
    String recordedBy,
    OffsetDateTime recordedAt,
    UUID correctsMeasurementId,
    UUID correctedBy,
    boolean current) {

  static MeasurementView of(Measurement m, UUID correctedBy) {
    return new MeasurementView(
        m.id,
        m.indicatorId,
        m.year,
        m.value,
        m.assessment,
        m.narrative,
        m.source,
        m.recordedBy,
        m.recordedAt,
        m.correctsMeasurementId,
        correctedBy,
        correctedBy == null);
  }
}
