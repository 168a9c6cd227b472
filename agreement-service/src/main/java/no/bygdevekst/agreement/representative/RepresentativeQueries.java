package no.bygdevekst.agreement.representative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.agreement.agreement.Agreement;
import no.bygdevekst.agreement.api.RepresentativeView;
import no.bygdevekst.platform.http.Page;
import no.bygdevekst.platform.http.PageRequest;
import no.bygdevekst.platform.problem.Problems;
import no.bygdevekst.platform.time.Times;

/** Reads of the register, oldest registration first; read-only transactions. */
@ApplicationScoped
public class RepresentativeQueries {
  private final EntityManager em;
  private final Clock clock;

  public RepresentativeQueries(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /** A page of the agreement's registrations, of one party if {@code partyId} is given. */
  @Transactional
  public Page<RepresentativeView> page(UUID agreementId, String partyId, PageRequest page) {
    requireAgreement(agreementId);
    String where = "r.agreementId = ?1" + (partyId == null ? "" : " and r.partyId = ?2");
    var count =
        em.createQuery("select count(r) from Representative r where " + where, Long.class)
            .setParameter(1, agreementId);
    var items =
        em.createQuery(
                "from Representative r where "
                    + where
                    + " order by r.registeredAt, r.representativeId",
                Representative.class)
            .setParameter(1, agreementId)
            .setFirstResult(page.offset())
            .setMaxResults(page.size());
    if (partyId != null) {
      count.setParameter(2, partyId);
      items.setParameter(2, partyId);
    }
    LocalDate today = Times.today(clock);
    List<RepresentativeView> views = items.getResultStream().map(r -> view(r, today)).toList();
    return Page.of(views, page, count.getSingleResult());
  }

  @Transactional
  public RepresentativeView find(UUID agreementId, UUID representativeId) {
    requireAgreement(agreementId);
    Representative r = em.find(Representative.class, representativeId);
    if (r == null || !r.agreementId.equals(agreementId)) {
      throw Problems.notFound("Representative", representativeId);
    }
    return view(r, Times.today(clock));
  }

  public RepresentativeView view(Representative r) {
    return view(r, Times.today(clock));
  }

  private void requireAgreement(UUID agreementId) {
    if (em.find(Agreement.class, agreementId) == null) {
      throw Problems.notFound("Agreement", agreementId);
    }
  }

  private static RepresentativeView view(Representative r, LocalDate today) {
    return new RepresentativeView(
        r.representativeId,
        r.agreementId,
        r.version,
        r.issuer,
        r.subject,
        r.pidHash != null,
        r.partyId,
        r.role,
        r.administrator,
        r.validFrom,
        r.validTo,
        r.validOn(today),
        r.registeredAt,
        r.registeredBy,
        r.endedAt,
        r.endedBy,
        r.endReason);
  }
}
