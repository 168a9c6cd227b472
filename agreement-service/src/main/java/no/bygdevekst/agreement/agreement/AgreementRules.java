package no.bygdevekst.agreement.agreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.bygdevekst.agreement.api.AgreementRequest;
import no.bygdevekst.agreement.api.Anchor;
import no.bygdevekst.agreement.api.Commitment;
import no.bygdevekst.agreement.api.CooperationPartner;
import no.bygdevekst.agreement.api.PartyKind;
import no.bygdevekst.agreement.api.PrincipalParty;
import no.bygdevekst.agreement.api.SubGoal;
import no.bygdevekst.platform.problem.Problem.FieldError;
import no.bygdevekst.platform.problem.Problems;
import no.bygdevekst.platform.security.OrganisationNumbers;
import no.bygdevekst.platform.security.Roles;

/**
 * The rules an agreement's content keeps whatever its state, checked together so that a caller
 * learns of every mistake at once (400 with a field list). Bean Validation has checked the shape.
 */
public final class AgreementRules {
  private AgreementRules() {}

  /** Refuses (400) content that breaks a rule. */
  public static void check(AgreementRequest content) {
    List<FieldError> errors = new ArrayList<>();
    period(content, errors);
    parties(content.principalParties(), errors);
    Set<String> partners = partners(content.partners(), errors);
    Set<Integer> numbers = subGoals(content.subGoals(), partners, errors);
    Set<String> everyone = new HashSet<>(partners);
    content.principalParties().forEach(p -> everyone.add(p.partyId()));
    commitments(content.commitments(), everyone, numbers, errors);
    anchoring(content.anchoring(), everyone, errors);
    if (!errors.isEmpty()) {
      throw Problems.validation(errors);
    }
  }

  private static void period(AgreementRequest content, List<FieldError> errors) {
    if (!content.period().to().isAfter(content.period().from())) {
      errors.add(
          new FieldError(
              "period.to",
              "must be after the start of the period (" + content.period().from() + ")"));
    }
  }

  private static void parties(List<PrincipalParty> parties, List<FieldError> errors) {
    Set<String> seen = new HashSet<>();
    Set<String> organisations = new HashSet<>();
    for (int i = 0; i < parties.size(); i++) {
      PrincipalParty p = parties.get(i);
      organisationNumber(
          p, "principalParties[" + i + "].organisationNumber", organisations, errors);
      String field = "principalParties[" + i + "].partyId";
      if (p.kind() == PartyKind.MUNICIPALITY && !p.partyId().matches("\\d{4}")) {
        errors.add(new FieldError(field, "a municipality is identified by its kommunenummer"));
      }
      if (p.kind() == PartyKind.MINISTRY && !Roles.MINISTRY_PARTY.equals(p.partyId())) {
        errors.add(new FieldError(field, "the ministry is identified as " + Roles.MINISTRY_PARTY));
      }
      if (!seen.add(p.partyId())) {
        errors.add(new FieldError(field, p.partyId() + " is listed more than once"));
      }
    }
    if (parties.stream().noneMatch(p -> p.kind() == PartyKind.MUNICIPALITY)) {
      errors.add(new FieldError("principalParties", "must include at least one municipality"));
    }
    if (parties.stream().noneMatch(p -> p.kind() == PartyKind.MINISTRY)) {
      errors.add(
          new FieldError(
              "principalParties", "must include the ministry (" + Roles.MINISTRY_PARTY + ")"));
    }
  }

  /** A municipality's organisation number, when given: a real one (check digit), and its own. */
  private static void organisationNumber(
      PrincipalParty p, String field, Set<String> seen, List<FieldError> errors) {
    String number = p.organisationNumber();
    if (number == null) {
      return;
    }
    if (p.kind() != PartyKind.MUNICIPALITY) {
      errors.add(new FieldError(field, "only a municipality's organisation number is recorded"));
    } else if (!OrganisationNumbers.isValid(number)) {
      errors.add(new FieldError(field, number + " is not an organisation number (check digit)"));
    } else if (!seen.add(number)) {
      errors.add(new FieldError(field, number + " is given for more than one party"));
    }
  }

  private static Set<String> partners(List<CooperationPartner> partners, List<FieldError> errors) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < partners.size(); i++) {
      String org = partners.get(i).organisationNumber();
      if (!seen.add(org)) {
        errors.add(
            new FieldError(
                "partners[" + i + "].organisationNumber", org + " is listed more than once"));
      }
    }
    return seen;
  }

  private static Set<Integer> subGoals(
      List<SubGoal> subGoals, Set<String> partners, List<FieldError> errors) {
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; i < subGoals.size(); i++) {
      if (!numbers.add(subGoals.get(i).number())) {
        errors.add(
            new FieldError(
                "subGoals[" + i + "].number",
                "sub-goal "
                    + subGoals.get(i).number()
                    + " is listed more than once; numbers are unique"));
      }
    }
    for (int i = 0; i < subGoals.size(); i++) {
      SubGoal goal = subGoals.get(i);
      String prefix = "subGoals[" + i + "].";
      Set<String> own = new HashSet<>();
      for (int j = 0; j < goal.partners().size(); j++) {
        String org = goal.partners().get(j);
        String field = prefix + "partners[" + j + "]";
        if (!partners.contains(org)) {
          errors.add(new FieldError(field, org + " is not a cooperation partner of the agreement"));
        } else if (!own.add(org)) {
          errors.add(new FieldError(field, org + " is listed more than once"));
        }
      }
      if (goal.coordinator() != null) {
        if (!partners.contains(goal.coordinator())) {
          errors.add(
              new FieldError(
                  prefix + "coordinator",
                  goal.coordinator() + " is not a cooperation partner of the agreement"));
        } else if (!own.contains(goal.coordinator())) {
          errors.add(
              new FieldError(
                  prefix + "coordinator", "must be one of the partners named under the sub-goal"));
        }
      }
      for (int j = 0; j < goal.relatedSubGoals().size(); j++) {
        Integer related = goal.relatedSubGoals().get(j);
        String field = prefix + "relatedSubGoals[" + j + "]";
        if (related.equals(goal.number())) {
          errors.add(new FieldError(field, "a sub-goal is not related to itself"));
        } else if (!numbers.contains(related)) {
          errors.add(new FieldError(field, "there is no sub-goal " + related));
        }
      }
    }
    return numbers;
  }

  private static void commitments(
      List<Commitment> commitments,
      Set<String> everyone,
      Set<Integer> numbers,
      List<FieldError> errors) {
    for (int i = 0; i < commitments.size(); i++) {
      Commitment c = commitments.get(i);
      String prefix = "commitments[" + i + "].";
      for (int j = 0; j < c.committedBy().size(); j++) {
        String who = c.committedBy().get(j);
        if (!everyone.contains(who)) {
          errors.add(
              new FieldError(
                  prefix + "committedBy[" + j + "]",
                  who
                      + " is neither a principal party nor a cooperation partner of the agreement"));
        }
      }
      Set<String> distinct = c.committedBy().stream().collect(Collectors.toSet());
      if (distinct.size() != c.committedBy().size()) {
        errors.add(new FieldError(prefix + "committedBy", "names someone more than once"));
      }
      if (c.subGoalNumber() != null && !numbers.contains(c.subGoalNumber())) {
        errors.add(
            new FieldError(prefix + "subGoalNumber", "there is no sub-goal " + c.subGoalNumber()));
      }
    }
  }

  private static void anchoring(
      List<Anchor> anchoring, Set<String> everyone, List<FieldError> errors) {
    for (int i = 0; i < anchoring.size(); i++) {
      String party = anchoring.get(i).partyId();
      if (party != null && !everyone.contains(party)) {
        errors.add(
            new FieldError(
                "anchoring[" + i + "].partyId",
                party
                    + " is neither a principal party nor a cooperation partner of the agreement"));
      }
    }
  }
}
