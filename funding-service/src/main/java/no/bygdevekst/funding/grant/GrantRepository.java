package no.bygdevekst.funding.grant;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.bygdevekst.funding.ledger.LedgerAccounts;
import no.bygdevekst.platform.problem.Problems;

@ApplicationScoped
public class GrantRepository implements PanacheRepositoryBase<Grant, UUID>, LedgerAccounts {

  @Override
  public Grant require(UUID id) {
    return findByIdOptional(id).orElseThrow(() -> Problems.notFound("Grant", id));
  }

  /**
   * The grant, locked ({@code SELECT ... FOR UPDATE}) until the caller's transaction ends: every
   * command that moves its money takes this lock first, so limits are checked against totals no
   * other command is changing.
   */
  public Grant lock(UUID id) {
    Grant grant = findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (grant == null) {
      throw Problems.notFound("Grant", id);
    }
    return grant;
  }

  public Optional<Grant> of(UUID agreementId, int year) {
    return find("agreementId = ?1 and year = ?2", agreementId, year).firstResultOptional();
  }

  public List<GrantAward> awards(UUID grantId) {
    return getEntityManager()
        .createQuery(
            "from GrantAward a where a.grantId = ?1 order by a.awardedAt, a.id", GrantAward.class)
        .setParameter(1, grantId)
        .getResultList();
  }

  public void persistAward(GrantAward award) {
    getEntityManager().persist(award);
  }
}
