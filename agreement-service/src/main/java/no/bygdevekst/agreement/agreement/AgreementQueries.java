package no.bygdevekst.agreement.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.bygdevekst.agreement.api.AgreementStatus;
import no.bygdevekst.agreement.api.AgreementSummary;
import no.bygdevekst.agreement.api.AgreementView;
import no.bygdevekst.agreement.api.PartyKind;
import no.bygdevekst.platform.http.Page;
import no.bygdevekst.platform.http.PageRequest;
import no.bygdevekst.platform.problem.Problems;
import no.bygdevekst.platform.time.Times;

/**
 * Reads agreements, and never writes. A signed agreement whose start date has come reads as ACTIVE,
 * at the version and with the activation date its activation will record, even before the scheduled
 * job (or the next command on it) writes that activation and publishes AgreementActivated: so no
 * read on or after the start date shows it merely signed.
 */
@ApplicationScoped
public class AgreementQueries {
  /** What the public endpoints show: never a draft. */
  public static final Set<AgreementStatus> PUBLIC =
      EnumSet.of(AgreementStatus.SIGNED, AgreementStatus.ACTIVE, AgreementStatus.CONCLUDED);

  public static final Set<AgreementStatus> ALL = EnumSet.allOf(AgreementStatus.class);

  /** The status a read shows: a signed agreement whose start date has come is active. */
  private static final String STATUS =
      "(case when a.status = :signed and a.periodFrom <= :today then :active else a.status end)";

  private static final String WHERE =
      " where "
          + STATUS
          + " in :statuses"
          + " and (:municipality is null or exists (select 1 from Agreement b join b.parties p"
          + "   where b.id = a.id and p.partyId = :municipality and p.kind = :municipalityKind))"
          + " and a.periodFrom <= :yearEnd and a.periodTo >= :yearStart";

  private final EntityManager em;
  private final Clock clock;

  public AgreementQueries(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /** One agreement (404 if unknown, or if {@code statuses} excludes the status it shows). */
  @Transactional
  public AgreementView find(UUID id, Set<AgreementStatus> statuses) {
    LocalDate today = Times.today(clock);
    Agreement a = em.find(Agreement.class, id);
    AgreementView view = a == null ? null : AgreementMapper.toView(a);
    if (view != null && a.isDueForActivation(today)) {
      view = view.activatedOn(today);
    }
    if (view == null || !statuses.contains(view.status())) {
      throw Problems.notFound("Agreement", id);
    }
    return view;
  }

  /** A page of agreements, newest period first. */
  @Transactional
  public Page<AgreementSummary> page(
      AgreementFilter filter, Set<AgreementStatus> statuses, PageRequest page) {
    LocalDate today = Times.today(clock);
    long total =
        bind(
                em.createQuery("select count(a) from Agreement a" + WHERE, Long.class),
                filter,
                statuses,
                today)
            .getSingleResult();
    List<AgreementSummary> items =
        bind(
                em.createQuery(
                    "select a from Agreement a"
                        + WHERE
                        + " order by a.periodFrom desc, a.title, a.id",
                    Agreement.class),
                filter,
                statuses,
                today)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultStream()
            .map(
                a -> {
                  AgreementSummary summary = AgreementMapper.toSummary(a);
                  return a.isDueForActivation(today) ? summary.activated() : summary;
                })
            .toList();
    return Page.of(items, page, total);
  }

  private static <T> TypedQuery<T> bind(
      TypedQuery<T> query, AgreementFilter filter, Set<AgreementStatus> statuses, LocalDate today) {
    // the filter's status was parsed against the statuses shown, so it is one of them
    Set<AgreementStatus> shown = filter.status() == null ? statuses : EnumSet.of(filter.status());
    return query
        .setParameter("statuses", shown)
        .setParameter("signed", AgreementStatus.SIGNED)
        .setParameter("active", AgreementStatus.ACTIVE)
        .setParameter("today", today)
        .setParameter("municipality", filter.municipality())
        .setParameter("municipalityKind", PartyKind.MUNICIPALITY)
        .setParameter("yearStart", filter.yearStart())
        .setParameter("yearEnd", filter.yearEnd());
  }
}
