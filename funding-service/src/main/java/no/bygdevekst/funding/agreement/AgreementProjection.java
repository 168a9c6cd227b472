package no.bygdevekst.funding.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import no.bygdevekst.funding.events.AgreementState;
import org.jboss.logging.Logger;

/** Keeps the newest state of each agreement; an older or repeated version changes nothing. */
@ApplicationScoped
public class AgreementProjection {
  private static final Logger LOG = Logger.getLogger(AgreementProjection.class);

  private final AgreementViewRepository agreements;

  @Inject
  public AgreementProjection(AgreementViewRepository agreements) {
    this.agreements = agreements;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void apply(AgreementState state) {
    AgreementView known =
        agreements
            .findByIdOptional(state.agreementId(), LockModeType.PESSIMISTIC_WRITE)
            .orElse(null);
    if (known != null && known.version >= state.version()) {
      LOG.debugf(
          "Agreement %s version %d ignored: version %d is known",
          state.agreementId(), state.version(), known.version);
      return;
    }
    AgreementView view = known != null ? known : newView(state);
    view.version = state.version();
    view.title = state.title();
    view.status = state.status();
    view.updatedAt = state.changedAt() != null ? state.changedAt() : Instant.now();
    view.principalParties.clear();
    state
        .principalParties()
        .forEach(
            p -> view.principalParties.add(new PrincipalParty(p.partyId(), p.kind(), p.name())));
    view.subGoals.clear();
    state.subGoals().forEach(s -> view.subGoals.add(new AgreementSubGoal(s.number(), s.title())));
  }

  private AgreementView newView(AgreementState state) {
    AgreementView view = new AgreementView();
    view.agreementId = state.agreementId();
    view.version = state.version();
    view.status = state.status();
    view.updatedAt = Instant.now();
    agreements.persist(view);
    return view;
  }
}
