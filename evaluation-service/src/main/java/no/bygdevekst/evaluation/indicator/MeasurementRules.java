package no.bygdevekst.evaluation.indicator;

import java.util.ArrayList;
import java.util.List;
import no.bygdevekst.evaluation.agreement.AgreementView;
import no.bygdevekst.platform.problem.Problem;
import no.bygdevekst.platform.problem.Problems;

/**
 * What a measurement must carry for its indicator: a number for a numeric indicator, an assessment
 * on the scale and a narrative for a qualitative one, for a year from the baseline year to the end
 * of the period.
 */
final class MeasurementRules {
  private MeasurementRules() {}

  static void check(Indicator indicator, AgreementView agreement, RecordMeasurement command) {
    List<Problem.FieldError> errors = new ArrayList<>();
    if (command.year() < indicator.baselineYear || command.year() > agreement.lastYear()) {
      errors.add(
          new Problem.FieldError(
              "year",
              "must be from the baseline year "
                  + indicator.baselineYear
                  + " to the period's last year "
                  + agreement.lastYear()));
    }
    if (indicator.measureType.isQualitative()) {
      if (command.value() != null) {
        errors.add(
            new Problem.FieldError(
                "value", "must be empty for a qualitative indicator; give an assessment"));
      }
      if (command.assessment() == null || indicator.scalePosition(command.assessment()).isEmpty()) {
        errors.add(
            new Problem.FieldError("assessment", "must be one of " + indicator.assessmentScale));
      }
      if (command.narrative() == null || command.narrative().isBlank()) {
        errors.add(
            new Problem.FieldError(
                "narrative", "is required for a qualitative indicator: say what happened"));
      }
    } else {
      if (command.value() == null) {
        errors.add(new Problem.FieldError("value", "is required for this indicator"));
      }
      if (command.assessment() != null) {
        errors.add(
            new Problem.FieldError("assessment", "is only for qualitative indicators; give value"));
      }
    }
    if (!errors.isEmpty()) {
      throw Problems.validation(errors);
    }
  }
}
