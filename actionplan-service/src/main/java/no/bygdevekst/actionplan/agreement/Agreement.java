package no.bygdevekst.actionplan.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.bygdevekst.platform.problem.Problems;
import no.bygdevekst.platform.security.Roles;

/**
 * What this service knows of an agreement: its parties, the partners of each sub-goal, its period
 * and status, as of {@code version}.
 */
public record Agreement(
    UUID id,
    long version,
    String title,
    String status,
    LocalDate periodFrom,
    LocalDate periodTo,
    List<Party> principalParties,
    List<Partner> partners,
    List<SubGoal> subGoals) {

  /** A principal party; a municipality's organisation number recognises its own system. */
  public record Party(String partyId, String kind, String name, String organisationNumber) {}

  public record Partner(String organisationNumber, String name) {}

  public record SubGoal(int number, String title, List<String> partners) {}

  /** Plans may be written, submitted and approved only under a signed or active agreement. */
  public boolean open() {
    return "SIGNED".equals(status) || "ACTIVE".equals(status);
  }

  /**
   * Refuses (409) unless plans for {@code year} may be written and decided under this agreement: it
   * is signed or active and the year is inside its period.
   */
  public void requireOpenFor(int year) {
    if (!open()) {
      throw Problems.conflict(
          "Agreement " + id + " is " + status + "; action plans need a signed or active agreement");
    }
    if (!covers(year)) {
      throw Problems.conflict(
          "The year "
              + year
              + " is outside the period of agreement "
              + id
              + " ("
              + periodFrom
              + " to "
              + periodTo
              + ")");
    }
  }

  public boolean covers(int year) {
    return year >= periodFrom.getYear() && year <= periodTo.getYear();
  }

  /** The kommunenumre of the municipalities among the principal parties. */
  public Set<String> municipalityNumbers() {
    return principalParties.stream()
        .map(Party::partyId)
        .filter(id -> !Roles.MINISTRY_PARTY.equals(id))
        .collect(Collectors.toUnmodifiableSet());
  }

  public Set<String> partyIds() {
    return principalParties.stream().map(Party::partyId).collect(Collectors.toUnmodifiableSet());
  }

  public Optional<SubGoal> subGoal(int number) {
    return subGoals.stream().filter(s -> s.number() == number).findFirst();
  }

  /** Every organisation named as a partner under at least one sub-goal. */
  public Set<String> namedPartners() {
    return subGoals.stream()
        .flatMap(s -> s.partners().stream())
        .collect(Collectors.toUnmodifiableSet());
  }
}
