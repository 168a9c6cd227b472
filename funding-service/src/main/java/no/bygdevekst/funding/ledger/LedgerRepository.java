package no.bygdevekst.funding.ledger;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.platform.money.Amounts;

@ApplicationScoped
public class LedgerRepository implements PanacheRepositoryBase<LedgerEntry, UUID> {

  public List<LedgerEntry> of(UUID grantId) {
    return find("grantId", Sort.ascending("entryNumber"), grantId).list();
  }

  public List<LedgerEntry> page(UUID grantId, int offset, int size) {
    return find("grantId", Sort.ascending("entryNumber"), grantId)
        .range(offset, offset + size - 1)
        .list();
  }

  public long countOf(UUID grantId) {
    return count("grantId", grantId);
  }

  /**
   * The grant's money position, summed from its entries in the database as numeric, so that a sum
   * beyond a {@code long} is refused (409) rather than unreadable.
   */
  public GrantPosition positionOf(UUID grantId, long grantedOre) {
    List<Object[]> rows =
        getEntityManager()
            .createQuery(
                "select e.type, e.subGoalNumber, e.measureId,"
                    + " sum(cast(e.grantAmountOre as BigInteger)),"
                    + " sum(cast(e.ownResourcesOre as BigInteger)) from LedgerEntry e where e.grantId = ?1"
                    + " group by e.type, e.subGoalNumber, e.measureId",
                Object[].class)
            .setParameter(1, grantId)
            .getResultList();
    GrantPosition.Builder position = GrantPosition.builder(grantedOre);
    for (Object[] row : rows) {
      position.add(
          (LedgerEntryType) row[0],
          (Integer) row[1],
          (UUID) row[2],
          Amounts.exact(row[3]),
          Amounts.exact(row[4]));
    }
    return position.build();
  }
}
