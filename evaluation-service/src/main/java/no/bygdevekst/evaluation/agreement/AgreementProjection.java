package no.bygdevekst.evaluation.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import no.bygdevekst.evaluation.events.AgreementState;
import org.jboss.logging.Logger;

/** Keeps {@link AgreementView} in step with the agreement service's events. */
@ApplicationScoped
public class AgreementProjection {
  private static final Logger LOG = Logger.getLogger(AgreementProjection.class);

  /**
   * Applies an agreement's state unless a state with the same or a higher version is already kept.
   *
   * @return whether the read model changed
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean apply(AgreementState state) {
    AgreementView view = AgreementView.find(state.agreementId()).orElse(null);
    if (view != null && view.version >= state.version()) {
      LOG.debugf(
          "Agreement %s version %d ignored: version %d is kept",
          state.agreementId(), state.version(), view.version);
      return false;
    }
    boolean created = view == null;
    if (created) {
      view = new AgreementView();
      view.agreementId = state.agreementId();
    }
    view.version = state.version();
    view.title = state.title();
    view.pilotArea = state.pilotArea();
    view.periodFrom = state.period().from();
    view.periodTo = state.period().to();
    view.status = state.status();
    view.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    view.principalParties.clear();
    for (AgreementState.Party p : state.principalParties()) {
      view.principalParties.add(new AgreementParty(p.partyId(), p.kind(), p.name()));
    }
    view.subGoals.clear();
    for (AgreementState.SubGoal s : state.subGoals()) {
      view.subGoals.add(new AgreementSubGoal(s.number(), s.title()));
    }
    if (created) {
      view.persist();
    }
    return true;
  }
}
