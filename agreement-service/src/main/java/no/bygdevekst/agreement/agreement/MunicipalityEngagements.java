package no.bygdevekst.agreement.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.bygdevekst.platform.problem.Problems;
import org.hibernate.JDBCException;

/**
 * Keeps a municipality a principal party of at most one open (not concluded) agreement at a time.
 *
 * <p>Writers take a transaction-level advisory lock per municipality (in number order, so two
 * writers never wait for each other in a circle), then look for an overlapping open agreement: the
 * lock makes that check see every committed claim. The exclusion constraint on {@code
 * municipality_engagement} stands behind it should anything write without the lock.
 */
@ApplicationScoped
public class MunicipalityEngagements {
  /** The first key of this service's advisory locks on municipality numbers ("AGRM"). */
  private static final int LOCK_SPACE = 0x4147524d;

  private static final Pattern CONFLICTING_ID =
      Pattern.compile(
          "conflicts with existing key .*?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\)");

  private final EntityManager em;

  public MunicipalityEngagements(EntityManager em) {
    this.em = em;
  }

  /**
   * Claims the municipalities of an open agreement for its period, replacing its earlier claim.
   * Refuses (409, with {@code conflictingAgreementId}) when one of them is a principal party of
   * another open agreement whose period overlaps.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void claim(
      UUID agreementId, SortedSet<String> municipalities, LocalDate from, LocalDate to) {
    for (String municipality : municipalities) {
      em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1, ?2)) l")
          .setParameter(1, LOCK_SPACE)
          .setParameter(2, Integer.parseInt(municipality))
          .getSingleResult();
    }
    conflict(agreementId, municipalities, from, to)
        .ifPresent(
            c -> {
              throw overlap(c.agreementId(), c.municipality(), c.from(), c.to());
            });
    release(agreementId);
    try {
      for (String municipality : municipalities) {
        em.createNativeQuery(
                "insert into municipality_engagement (agreement_id, municipality, period)"
                    + " values (?1, ?2, daterange(cast(?3 as date), cast(?4 as date), '[]'))")
            .setParameter(1, agreementId)
            .setParameter(2, municipality)
            .setParameter(3, from)
            .setParameter(4, to)
            .executeUpdate();
      }
    } catch (JDBCException e) {
      if (!"23P01".equals(e.getSQLState())) {
        throw e;
      }
      Matcher id = CONFLICTING_ID.matcher(String.valueOf(e.getSQLException().getMessage()));
      throw Problems.conflict(
          "A municipality of this agreement is already a principal party of another open agreement"
              + " whose period overlaps; a municipality takes part in one agreement at a time",
          id.find() ? Map.of("conflictingAgreementId", id.group(1)) : Map.of());
    }
  }

  /** Frees the agreement's municipalities, as when it is concluded. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void release(UUID agreementId) {
    em.createNativeQuery("delete from municipality_engagement where agreement_id = ?1")
        .setParameter(1, agreementId)
        .executeUpdate();
  }

  private Optional<Conflict> conflict(
      UUID agreementId, SortedSet<String> municipalities, LocalDate from, LocalDate to) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select e.agreement_id, e.municipality, lower(e.period), upper(e.period) - 1"
                    + " from municipality_engagement e"
                    + " where e.municipality in (?1) and e.period && daterange(cast(?2 as date), cast(?3 as date), '[]')"
                    + " and e.agreement_id <> ?4"
                    + " order by e.municipality, lower(e.period) limit 1")
            .setParameter(1, List.copyOf(municipalities))
            .setParameter(2, from)
            .setParameter(3, to)
            .setParameter(4, agreementId)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(r -> new Conflict((UUID) r[0], (String) r[1], toLocalDate(r[2]), toLocalDate(r[3])));
  }

  private static LocalDate toLocalDate(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }

  private static RuntimeException overlap(
      UUID other, String municipality, LocalDate from, LocalDate to) {
    return Problems.conflict(
        "Municipality "
            + municipality
            + " is already a principal party of agreement "
            + other
            + " ("
            + from
            + " to "
            + to
            + "), which is not concluded and whose period overlaps; a municipality takes part in"
            + " one agreement at a time",
        Map.of("conflictingAgreementId", other.toString(), "municipality", municipality));
  }

  private record Conflict(UUID agreementId, String municipality, LocalDate from, LocalDate to) {}
}
