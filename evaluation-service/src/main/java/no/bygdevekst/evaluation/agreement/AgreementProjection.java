package no.bygdevekst.evaluation.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import no.bygdevekst.platform.inbox.Agreements;
import no.bygdevekst.platform.inbox.ReadModel;

/**
 * Keeps {@link AgreementView} in step with the agreement service's events: a state is kept unless
 * one of the same or a higher version is.
 */
@ApplicationScoped
public class AgreementProjection implements ReadModel.Source {
  @Override
  public ReadModel readModel() {
    return Agreements.readModel(AgreementState.class, AgreementView.class, AgreementView::hold);
  }
}
