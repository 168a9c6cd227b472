package no.bygdevekst.actionplan.agreement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.bygdevekst.platform.inbox.Agreements;
import no.bygdevekst.platform.inbox.LatestVersions;
import no.bygdevekst.platform.inbox.ReadModel;
import no.bygdevekst.platform.problem.Problems;

/**
 * The agreements as this service knows them from agreement events: every agreement event carries
 * the whole state, so all types are handled alike. A state replaces the stored one only when its
 * version is higher, so that replays and reordering never move an agreement backwards.
 */
@ApplicationScoped
public class AgreementReadModel implements ReadModel.Source {
  private final EntityManager em;
  private final ObjectMapper mapper;

  @Inject
  public AgreementReadModel(EntityManager em, ObjectMapper mapper) {
    this.em = em;
    this.mapper = mapper;
  }

  /** Stores a newer state: its columns to query by, and the whole agreement as JSON. */
  private void hold(AgreementView view, AgreementState state, LatestVersions.Applied applied) {
    Agreement agreement = toAgreement(state);
    view.agreementId = agreement.id();
    view.version = agreement.version();
    view.status = agreement.status();
    view.title = agreement.title();
    view.periodFrom = agreement.periodFrom();
    view.periodTo = agreement.periodTo();
    view.state = write(agreement);
    view.lastEventId = applied.eventId();
    view.updatedAt = applied.at().atOffset(ZoneOffset.UTC);
  }

  @Transactional
  public Optional<Agreement> find(UUID agreementId) {
    return Optional.ofNullable(em.find(AgreementView.class, agreementId)).map(this::read);
  }

  /** The agreement, or 404 when no event about it has arrived. */
  @Transactional
  public Agreement require(UUID agreementId) {
    return find(agreementId).orElseThrow(() -> unknown(agreementId));
  }

  /**
   * The agreement, holding its row until the transaction ends: commands that must not race with
   * each other on one agreement (starting a plan for a year) take this lock first.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Agreement lock(UUID agreementId) {
    AgreementView view = em.find(AgreementView.class, agreementId, LockModeType.PESSIMISTIC_WRITE);
    if (view == null) {
      throw unknown(agreementId);
    }
    return read(view);
  }

  /** Kept from every agreement event, each of which carries the whole state. */
  @Override
  public ReadModel readModel() {
    return Agreements.readModel(AgreementState.class, AgreementView.class, this::hold);
  }

  private static RuntimeException unknown(UUID agreementId) {
    return Problems.notFound("Agreement", agreementId);
  }

  private static Agreement toAgreement(AgreementState s) {
    List<Agreement.Party> parties =
        s.principalParties().stream()
            .map(p -> new Agreement.Party(p.partyId(), p.kind(), p.name(), p.organisationNumber()))
            .toList();
    List<Agreement.Partner> partners =
        s.partners() == null
            ? List.of()
            : s.partners().stream()
                .map(p -> new Agreement.Partner(p.organisationNumber(), p.name()))
                .toList();
    List<Agreement.SubGoal> subGoals =
        s.subGoals().stream()
            .map(
                g ->
                    new Agreement.SubGoal(
                        g.number(),
                        g.title(),
                        g.partners() == null ? List.of() : List.copyOf(g.partners())))
            .toList();
    return new Agreement(
        s.agreementId(),
        s.version(),
        s.title(),
        s.status(),
        s.period().from(),
        s.period().to(),
        parties,
        partners,
        subGoals);
  }

  private String write(Agreement agreement) {
    try {
      return mapper.writeValueAsString(agreement);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Agreement is not serialisable", e);
    }
  }

  private Agreement read(AgreementView view) {
    try {
      return mapper.readValue(view.state, Agreement.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored agreement " + view.agreementId + " is unreadable", e);
    }
  }
}
