package no.bygdevekst.funding.appropriation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class AppropriationRepository implements PanacheRepositoryBase<Appropriation, UUID> {

  /** What has been awarded from an appropriation so far. */
  public long awardedOre(UUID appropriationId) {
    return getEntityManager()
        .createQuery(
            "select coalesce(sum(a.amountOre), 0) from GrantAward a where a.appropriationId = ?1",
            Long.class)
        .setParameter(1, appropriationId)
        .getSingleResult();
  }

  public boolean existsFor(int year, String budgetDecisionReference) {
    return count("year = ?1 and budgetDecisionReference = ?2", year, budgetDecisionReference) > 0;
  }
}
