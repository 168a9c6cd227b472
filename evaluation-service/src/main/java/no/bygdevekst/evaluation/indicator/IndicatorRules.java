package no.bygdevekst.evaluation.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.bygdevekst.evaluation.agreement.AgreementView;
import no.bygdevekst.platform.problem.Problem;
import no.bygdevekst.platform.problem.Problems;

/**
 * What makes an indicator well-defined beyond the shape of the request: its sub-goal exists, its
 * targets lie in the agreement's period, and progress can be computed for every target (a target
 * differs from the baseline in the indicator's direction, or lies above it on the scale).
 */
final class IndicatorRules {
  private static final int MIN_SCALE = 2;

  private IndicatorRules() {}

  static void check(DefineIndicator command, AgreementView agreement) {
    List<Problem.FieldError> errors = new ArrayList<>();
    if (agreement.subGoal(command.subGoalNumber()).isEmpty()) {
      errors.add(
          new Problem.FieldError(
              "subGoalNumber",
              "agreement has no sub-goal "
                  + command.subGoalNumber()
                  + "; its sub-goals are "
                  + agreement.subGoalsInOrder().stream().map(s -> s.number).toList()));
    }
    Baseline baseline = command.baseline();
    if (baseline.year() > agreement.lastYear()) {
      errors.add(
          new Problem.FieldError(
              "baseline.year", "must not be after the period's last year " + agreement.lastYear()));
    }
    Set<Integer> years = new HashSet<>();
    for (int i = 0; i < command.targets().size(); i++) {
      Target target = command.targets().get(i);
      String field = "targets[" + i + "]";
      if (!years.add(target.year())) {
        errors.add(
            new Problem.FieldError(field + ".year", "has a second target for " + target.year()));
      }
      if (!agreement.coversYear(target.year())) {
        errors.add(
            new Problem.FieldError(
                field + ".year",
                "must be within the agreement's period "
                    + agreement.firstYear()
                    + "-"
                    + agreement.lastYear()));
      } else if (target.year() <= baseline.year()) {
        errors.add(
            new Problem.FieldError(
                field + ".year", "must be after the baseline year " + baseline.year()));
      }
    }
    if (command.measureType().isQualitative()) {
      checkQualitative(command, errors);
    } else {
      checkNumeric(command, errors);
    }
    if (!errors.isEmpty()) {
      throw Problems.validation(errors);
    }
  }

  private static void checkNumeric(DefineIndicator command, List<Problem.FieldError> errors) {
    if (command.assessmentScale() != null && !command.assessmentScale().isEmpty()) {
      errors.add(
          new Problem.FieldError(
              "assessmentScale", "is only for QUALITATIVE indicators; this one has numbers"));
    }
    BigDecimal baseline = command.baseline().value();
    if (baseline == null) {
      errors.add(new Problem.FieldError("baseline.value", "is required for a numeric indicator"));
    }
    if (command.baseline().assessment() != null) {
      errors.add(
          new Problem.FieldError("baseline.assessment", "is only for QUALITATIVE indicators"));
    }
    for (int i = 0; i < command.targets().size(); i++) {
      Target target = command.targets().get(i);
      String field = "targets[" + i + "]";
      if (target.assessment() != null) {
        errors.add(
            new Problem.FieldError(field + ".assessment", "is only for QUALITATIVE indicators"));
      }
      if (target.value() == null) {
        errors.add(new Problem.FieldError(field + ".value", "is required for a numeric indicator"));
      } else if (baseline != null && command.measureType() != MeasureType.NOMINAL) {
        int direction = target.value().compareTo(baseline);
        if (command.ascending() && direction <= 0) {
          errors.add(
              new Problem.FieldError(
                  field + ".value",
                  "must be above the baseline "
                      + baseline.toPlainString()
                      + " for an ascending indicator (higher is better)"));
        } else if (!command.ascending() && direction >= 0) {
          errors.add(
              new Problem.FieldError(
                  field + ".value",
                  "must be below the baseline "
                      + baseline.toPlainString()
                      + " for a descending indicator (lower is better)"));
        }
      }
    }
  }

  private static void checkQualitative(DefineIndicator command, List<Problem.FieldError> errors) {
    List<String> scale = command.assessmentScale() == null ? List.of() : command.assessmentScale();
    if (scale.size() < MIN_SCALE) {
      errors.add(
          new Problem.FieldError(
              "assessmentScale",
              "a QUALITATIVE indicator needs its assessment scale: 2 to 10 labels, worst first"));
      return;
    }
    if (new HashSet<>(scale).size() != scale.size()) {
      errors.add(new Problem.FieldError("assessmentScale", "has a label twice"));
      return;
    }
    if (!command.ascending()) {
      errors.add(
          new Problem.FieldError(
              "ascending",
              "must be true for a QUALITATIVE indicator: its scale is listed worst first"));
    }
    if (command.baseline().value() != null) {
      errors.add(
          new Problem.FieldError(
              "baseline.value", "must be empty for a QUALITATIVE indicator; use assessment"));
    }
    String baselineLabel =
        command.baseline().assessment() == null ? scale.get(0) : command.baseline().assessment();
    int baselinePosition = scale.indexOf(baselineLabel);
    if (baselinePosition < 0) {
      errors.add(new Problem.FieldError("baseline.assessment", "must be one of " + scale));
    }
    for (int i = 0; i < command.targets().size(); i++) {
      Target target = command.targets().get(i);
      String field = "targets[" + i + "]";
      if (target.value() != null) {
        errors.add(
            new Problem.FieldError(
                field + ".value", "must be empty for a QUALITATIVE indicator; use assessment"));
      }
      int position = target.assessment() == null ? -1 : scale.indexOf(target.assessment());
      if (position < 0) {
        errors.add(new Problem.FieldError(field + ".assessment", "must be one of " + scale));
      } else if (baselinePosition >= 0 && position <= baselinePosition) {
        errors.add(
            new Problem.FieldError(
                field + ".assessment",
                "must be above the baseline '" + baselineLabel + "' on the scale"));
      }
    }
  }
}
