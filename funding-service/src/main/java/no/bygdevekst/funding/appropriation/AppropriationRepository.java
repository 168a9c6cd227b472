package no.bygdevekst.funding.appropriation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import no.bygdevekst.platform.money.Amounts;

@ApplicationScoped
public class AppropriationRepository implements PanacheRepositoryBase<Appropriation, UUID> {

  /** What has been awarded from an appropriation so far (summed as numeric: never overflows). */
  public long awardedOre(UUID appropriationId) {
    return Amounts.exact(
        getEntityManager()
            .createQuery(
                "select sum(cast(a.amountOre as BigInteger)) from GrantAward a"
                    + " where a.appropriationId = ?1",
                Object.class)
            .setParameter(1, appropriationId)
            .getSingleResult());
  }

  public boolean existsFor(int year, String budgetDecisionReference) {
    return count("year = ?1 and budgetDecisionReference = ?2", year, budgetDecisionReference) > 0;
  }
}
