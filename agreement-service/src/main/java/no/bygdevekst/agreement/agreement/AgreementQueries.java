package no.bygdevekst.agreement.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.bygdevekst.agreement.api.AgreementSummary;
import no.bygdevekst.agreement.api.AgreementView;
import no.bygdevekst.platform.http.Page;
import no.bygdevekst.platform.http.PageRequest;
import no.bygdevekst.platform.problem.Problems;

/**
 * Reads agreements. Each read first activates what is due, so that no read on or after an
 * agreement's start date shows it merely signed.
 */
@ApplicationScoped
public class AgreementQueries {
  /** What the public endpoints show: never a draft. */
  public static final Set<AgreementStatus> PUBLIC =
      EnumSet.of(AgreementStatus.SIGNED, AgreementStatus.ACTIVE, AgreementStatus.CONCLUDED);

  public static final Set<AgreementStatus> ALL = EnumSet.allOf(AgreementStatus.class);

  private static final String WHERE =
      " where a.status in :statuses"
          + " and (:municipality is null or exists (select 1 from Agreement b join b.parties p"
          + "   where b.id = a.id and p.partyId = :municipality and p.kind = :municipalityKind))"
          + " and a.periodFrom <= :yearEnd and a.periodTo >= :yearStart";

  private final EntityManager em;
  private final AgreementActivation activation;

  public AgreementQueries(EntityManager em, AgreementActivation activation) {
    this.em = em;
    this.activation = activation;
  }

  /** One agreement (404 if unknown, or if {@code statuses} excludes its status). */
  public AgreementView find(UUID id, Set<AgreementStatus> statuses) {
    activation.activateIfDue(id);
    return read(id, statuses);
  }

  /** A page of agreements, newest period first. */
  public Page<AgreementSummary> page(
      AgreementFilter filter, Set<AgreementStatus> statuses, PageRequest page) {
    activation.activateDue();
    return readPage(filter, statuses, page);
  }

  @Transactional
  AgreementView read(UUID id, Set<AgreementStatus> statuses) {
    Agreement a = em.find(Agreement.class, id);
    if (a == null || !statuses.contains(a.status)) {
      throw Problems.notFound("Agreement", id);
    }
    return AgreementMapper.toView(a);
  }

  @Transactional
  Page<AgreementSummary> readPage(
      AgreementFilter filter, Set<AgreementStatus> statuses, PageRequest page) {
    long total =
        bind(
                em.createQuery("select count(a) from Agreement a" + WHERE, Long.class),
                filter,
                statuses)
            .getSingleResult();
    List<AgreementSummary> items =
        bind(
                em.createQuery(
                    "select a from Agreement a"
                        + WHERE
                        + " order by a.periodFrom desc, a.title, a.id",
                    Agreement.class),
                filter,
                statuses)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultStream()
            .map(AgreementMapper::toSummary)
            .toList();
    return Page.of(items, page, total);
  }

  private static <T> TypedQuery<T> bind(
      TypedQuery<T> query, AgreementFilter filter, Set<AgreementStatus> statuses) {
    // the filter's status was parsed against the statuses shown, so it is one of them
    Set<AgreementStatus> shown = filter.status() == null ? statuses : EnumSet.of(filter.status());
    return query
        .setParameter("statuses", shown)
        .setParameter("municipality", filter.municipality())
        .setParameter("municipalityKind", PartyKind.MUNICIPALITY)
        .setParameter("yearStart", filter.yearStart())
        .setParameter("yearEnd", filter.yearEnd());
  }
}
