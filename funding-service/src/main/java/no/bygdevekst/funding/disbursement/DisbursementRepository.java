package no.bygdevekst.funding.disbursement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DisbursementRepository implements PanacheRepositoryBase<Disbursement, UUID> {
  public List<Disbursement> of(UUID grantId) {
    return find("grantId", Sort.ascending("recordedAt", "id"), grantId).list();
  }
}
