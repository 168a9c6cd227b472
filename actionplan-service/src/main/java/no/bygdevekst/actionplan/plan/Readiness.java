package no.bygdevekst.actionplan.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import no.bygdevekst.actionplan.agreement.Agreement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What stands between a plan and its submission: measures that no longer fit the agreement (after
 * an amendment) and the named partners of each sub-goal with measures that have not consented.
 */
@Schema(name = "Readiness")
public record Readiness(
    boolean ready,
    List<String> problems,
    List<InvalidMeasure> invalidMeasures,
    List<MissingConsent> missingConsents,
    List<Objection> objections) {

  /** A partner of a sub-goal with measures whose consent is missing (or who objected). */
  public record MissingConsent(int subGoalNumber, String organisationNumber) {}

  public record Objection(int subGoalNumber, String organisationNumber, String comment) {}

  /** A measure that uses a sub-goal, partner or party the agreement no longer has. */
  public record InvalidMeasure(UUID measureId, int subGoalNumber, String title, String reason) {}

  public static Readiness of(
      Agreement agreement, int year, List<Measure> measures, List<Consent> consents) {
    List<String> problems = new ArrayList<>();
    if (!agreement.open()) {
      problems.add(
          "The agreement is " + agreement.status() + "; plans need a signed or active agreement");
    }
    if (!agreement.covers(year)) {
      problems.add(
          "The year "
              + year
              + " is outside the agreement's period "
              + agreement.periodFrom()
              + " to "
              + agreement.periodTo());
    }
    if (measures.isEmpty()) {
      problems.add("The plan has no measures");
    }
    List<InvalidMeasure> invalid = new ArrayList<>();
    for (Measure m : measures) {
      invalidReason(agreement, m)
          .ifPresent(
              r -> invalid.add(new InvalidMeasure(m.measureId, m.subGoalNumber, m.title, r)));
    }
    List<MissingConsent> missing = new ArrayList<>();
    List<Objection> objections = new ArrayList<>();
    TreeSet<Integer> subGoalsWithMeasures = new TreeSet<>();
    measures.forEach(m -> subGoalsWithMeasures.add(m.subGoalNumber));
    for (int number : subGoalsWithMeasures) {
      Optional<Agreement.SubGoal> subGoal = agreement.subGoal(number);
      if (subGoal.isEmpty()) {
        continue; // reported as invalid measures
      }
      Map<String, Consent> decisions = new TreeMap<>();
      consents.stream()
          .filter(c -> c.subGoalNumber == number)
          .forEach(c -> decisions.put(c.organisationNumber, c));
      for (String partner : new TreeSet<>(subGoal.get().partners())) {
        Consent decision = decisions.get(partner);
        if (decision == null || decision.decision != ConsentDecision.CONSENT) {
          missing.add(new MissingConsent(number, partner));
        }
        if (decision != null && decision.decision == ConsentDecision.OBJECT) {
          objections.add(new Objection(number, partner, decision.comment));
        }
      }
    }
    boolean ready = problems.isEmpty() && invalid.isEmpty() && missing.isEmpty();
    return new Readiness(
        ready, List.copyOf(problems), List.copyOf(invalid), List.copyOf(missing), objections);
  }

  private static Optional<String> invalidReason(Agreement agreement, Measure m) {
    Optional<Agreement.SubGoal> subGoal = agreement.subGoal(m.subGoalNumber);
    if (subGoal.isEmpty()) {
      return Optional.of(
          "Sub-goal "
              + m.subGoalNumber
              + " is no longer in the agreement (version "
              + agreement.version()
              + ")");
    }
    List<String> gone =
        m.partners.stream().filter(p -> !subGoal.get().partners().contains(p)).toList();
    if (!gone.isEmpty()) {
      return Optional.of(
          "No longer partners of sub-goal " + m.subGoalNumber + ": " + String.join(", ", gone));
    }
    if (!agreement.partyIds().contains(m.responsibleParty)) {
      return Optional.of(m.responsibleParty + " is no longer a principal party of the agreement");
    }
    return Optional.empty();
  }
}
