package no.bygdevekst.evaluation.agreement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.bygdevekst.platform.inbox.LatestVersions;
import no.bygdevekst.platform.inbox.VersionedRow;

/**
 * What this service knows of an agreement: the state carried by the agreement service's latest
 * event, never edited here.
 */
@Entity
@Table(name = "agreement_view")
public class AgreementView extends PanacheEntityBase implements VersionedRow {
  private static final String MUNICIPALITY = "MUNICIPALITY";

  @Id
  @Column(name = "agreement_id")
  public UUID agreementId;

  public long version;
  public String title;

  @Column(name = "pilot_area")
  public String pilotArea;

  @Column(name = "period_from")
  public LocalDate periodFrom;

  @Column(name = "period_to")
  public LocalDate periodTo;

  @Enumerated(EnumType.STRING)
  public AgreementStatus status;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;

  @ElementCollection
  @CollectionTable(name = "agreement_view_party", joinColumns = @JoinColumn(name = "agreement_id"))
  public List<AgreementParty> principalParties = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "agreement_view_sub_goal",
      joinColumns = @JoinColumn(name = "agreement_id"))
  public List<AgreementSubGoal> subGoals = new ArrayList<>();

  public static Optional<AgreementView> find(UUID agreementId) {
    return findByIdOptional(agreementId);
  }

  /** The kommunenumre of the municipalities that are principal parties. */
  public Set<String> municipalities() {
    return principalParties.stream()
        .filter(p -> MUNICIPALITY.equals(p.kind))
        .map(p -> p.partyId)
        .collect(Collectors.toUnmodifiableSet());
  }

  public Optional<AgreementSubGoal> subGoal(int number) {
    return subGoals.stream().filter(s -> s.number == number).findFirst();
  }

  public List<AgreementSubGoal> subGoalsInOrder() {
    return subGoals.stream().sorted(Comparator.comparingInt(s -> s.number)).toList();
  }

  public int firstYear() {
    return periodFrom.getYear();
  }

  public int lastYear() {
    return periodTo.getYear();
  }

  public boolean coversYear(int year) {
    return year >= firstYear() && year <= lastYear();
  }

  /** Takes a newer state of the agreement, as its latest event carried it. */
  void hold(AgreementState state, LatestVersions.Applied applied) {
    agreementId = state.agreementId();
    version = state.version();
    title = state.title();
    pilotArea = state.pilotArea();
    periodFrom = state.period().from();
    periodTo = state.period().to();
    status = state.status();
    updatedAt = applied.at().atOffset(ZoneOffset.UTC);
    principalParties.clear();
    for (AgreementState.Party p : state.principalParties()) {
      principalParties.add(
          new AgreementParty(p.partyId(), p.kind(), p.name(), p.organisationNumber()));
    }
    subGoals.clear();
    for (AgreementState.SubGoal s : state.subGoals()) {
      subGoals.add(new AgreementSubGoal(s.number(), s.title()));
    }
  }

  @Override
  public long version() {
    return version;
  }
}
