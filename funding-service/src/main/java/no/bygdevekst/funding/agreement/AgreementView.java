package no.bygdevekst.funding.agreement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import no.bygdevekst.platform.inbox.LatestVersions;
import no.bygdevekst.platform.inbox.VersionedRow;

/**
 * What funding knows of an agreement, kept from the agreement service's state-carrying events: who
 * its principal parties are (to decide who may allocate) and its sub-goals (for their titles).
 */
@Entity
@Table(name = "agreement_view")
public class AgreementView implements VersionedRow {
  @Id
  @Column(name = "agreement_id")
  public UUID agreementId;

  @Column(nullable = false)
  public long version;

  public String title;

  @Column(nullable = false)
  public String status;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @ElementCollection
  @CollectionTable(name = "agreement_view_party", joinColumns = @JoinColumn(name = "agreement_id"))
  @OrderBy("partyId")
  public List<PrincipalParty> principalParties = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "agreement_view_sub_goal",
      joinColumns = @JoinColumn(name = "agreement_id"))
  @OrderBy("number")
  public List<AgreementSubGoal> subGoals = new ArrayList<>();

  /** The kommunenumre of the municipalities among the principal parties. */
  public List<String> municipalityNumbers() {
    return principalParties.stream()
        .filter(p -> "MUNICIPALITY".equals(p.kind.toUpperCase(Locale.ROOT)))
        .map(p -> p.partyId)
        .toList();
  }

  public Optional<String> subGoalTitle(int number) {
    return subGoals.stream().filter(s -> s.number == number).map(s -> s.title).findFirst();
  }

  /** Takes a newer state of the agreement. */
  void hold(AgreementState state, LatestVersions.Applied applied) {
    agreementId = state.agreementId();
    version = state.version();
    title = state.title();
    status = state.status();
    updatedAt = state.changedAt() != null ? state.changedAt() : applied.at();
    principalParties.clear();
    state.principalParties().stream()
        .map(p -> new PrincipalParty(p.partyId(), p.kind(), p.name(), p.organisationNumber()))
        .forEach(principalParties::add);
    subGoals.clear();
    state.subGoals().stream()
        .map(s -> new AgreementSubGoal(s.number(), s.title()))
        .forEach(subGoals::add);
  }

  @Override
  public long version() {
    return version;
  }
}
