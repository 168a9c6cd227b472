package no.bygdevekst.funding.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApprovedPlanRepository implements PanacheRepositoryBase<ApprovedPlan, UUID> {

  /** The plan in force for an agreement and year: its highest approved revision. */
  public Optional<ApprovedPlan> inForce(UUID agreementId, int year) {
    return find("agreementId = ?1 and year = ?2", Sort.descending("revision"), agreementId, year)
        .firstResultOptional();
  }

  public Optional<ApprovedPlan> revision(UUID agreementId, int year, int revision) {
    return find("agreementId = ?1 and year = ?2 and revision = ?3", agreementId, year, revision)
        .firstResultOptional();
  }
}
