package no.bygdevekst.actionplan.agreement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.bygdevekst.actionplan.events.AgreementState;
import no.bygdevekst.platform.problem.Problems;
import org.jboss.logging.Logger;

/**
 * The agreements as this service knows them from agreement events. A state replaces the stored one
 * only when its version is higher, so that replays and reordering never move an agreement
 * backwards.
 */
@ApplicationScoped
public class AgreementReadModel {
  private static final Logger LOG = Logger.getLogger(AgreementReadModel.class);

  private final EntityManager em;
  private final ObjectMapper mapper;

  @Inject
  public AgreementReadModel(EntityManager em, ObjectMapper mapper) {
    this.em = em;
    this.mapper = mapper;
  }

  /**
   * Stores {@code state} if it is newer than what is known.
   *
   * @return whether the read model changed
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean apply(UUID eventId, AgreementState state) {
    AgreementView view =
        em.find(AgreementView.class, state.agreementId(), LockModeType.PESSIMISTIC_WRITE);
    if (view != null && view.version >= state.version()) {
      LOG.debugf(
          "Agreement %s: version %d is not newer than %d; ignored",
          state.agreementId(), state.version(), view.version);
      return false;
    }
    Agreement agreement = toAgreement(state);
    boolean created = view == null;
    if (created) {
      view = new AgreementView();
      view.agreementId = agreement.id();
    }
    view.version = agreement.version();
    view.status = agreement.status();
    view.title = agreement.title();
    view.periodFrom = agreement.periodFrom();
    view.periodTo = agreement.periodTo();
    view.state = write(agreement);
    view.lastEventId = eventId;
    view.updatedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    if (created) {
      em.persist(view);
    }
    return true;
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

  private static RuntimeException unknown(UUID agreementId) {
    return Problems.notFound("Agreement", agreementId);
  }

  private static Agreement toAgreement(AgreementState s) {
    List<Agreement.Party> parties =
        s.principalParties().stream()
            .map(p -> new Agreement.Party(p.partyId(), p.kind(), p.name()))
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
