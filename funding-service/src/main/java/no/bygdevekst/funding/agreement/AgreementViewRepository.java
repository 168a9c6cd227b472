package no.bygdevekst.funding.agreement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import no.bygdevekst.platform.inbox.Agreements;
import no.bygdevekst.platform.inbox.ReadModel;

/**
 * The agreements funding knows, kept from every agreement event (each carries the whole state): an
 * older or repeated version changes nothing.
 */
@ApplicationScoped
public class AgreementViewRepository
    implements PanacheRepositoryBase<AgreementView, UUID>, ReadModel.Source {

  @Override
  public ReadModel readModel() {
    return Agreements.readModel(AgreementState.class, AgreementView.class, AgreementView::hold);
  }
}
