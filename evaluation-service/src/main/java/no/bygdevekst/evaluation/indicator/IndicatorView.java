package no.bygdevekst.evaluation.indicator;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An indicator as the API shows it; {@code measurements} (the whole history, corrections kept) only
 * when one indicator is read.
 */
public record IndicatorView(
    UUID id,
    UUID agreementId,
    int subGoalNumber,
    String name,
    String unit,
    MeasureType measureType,
    boolean ascending,
    Baseline baseline,
    List<Target> targets,
    List<String> assessmentScale,
    String source,
    OffsetDateTime createdAt,
    String createdBy,
    long version,
    List<MeasurementView> measurements) {

  static IndicatorView of(Indicator i, List<MeasurementView> measurements) {
    return new IndicatorView(
        i.id,
        i.agreementId,
        i.subGoalNumber,
        i.name,
        i.unit,
        i.measureType,
        i.ascending,
        i.baseline(),
        i.targets.stream().map(IndicatorTarget::view).toList(),
        i.measureType.isQualitative() ? List.copyOf(i.assessmentScale) : null,
        i.source,
        i.createdAt,
        i.createdBy,
        i.version,
        measurements);
  }
}
