package no.bygdevekst.actionplan.access;

import jakarta.enterprise.context.ApplicationScoped;
import no.bygdevekst.platform.inbox.ReadModel;
import no.bygdevekst.platform.inbox.Representatives;

/** Keeps {@link Representative} from agreement-service's register events. */
@ApplicationScoped
public class RepresentativeProjection implements ReadModel.Source {
  @Override
  public ReadModel readModel() {
    return Representatives.readModel(Representative.class);
  }
}
