package no.bygdevekst.agreement.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.bygdevekst.agreement.api.AgreementView;
import no.bygdevekst.platform.http.Page;
import no.bygdevekst.platform.http.PageRequest;
import no.bygdevekst.platform.problem.Problems;

/** Reads an agreement's version history. */
@ApplicationScoped
public class AgreementVersions {
  private final EntityManager em;
  private final ObjectMapper mapper;

  public AgreementVersions(EntityManager em, ObjectMapper mapper) {
    this.em = em;
    this.mapper = mapper;
  }

  /** The versions of an agreement, oldest first; 404 for an unknown agreement. */
  @Transactional
  public Page<VersionSummary> page(UUID agreementId, PageRequest page) {
    long total = count(agreementId);
    if (total == 0) {
      throw Problems.notFound("Agreement", agreementId);
    }
    List<VersionSummary> items =
        em.createQuery(
                "from AgreementVersion v where v.agreementId = ?1 order by v.version",
                AgreementVersion.class)
            .setParameter(1, agreementId)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultStream()
            .map(VersionSummary::of)
            .toList();
    return Page.of(items, page, total);
  }

  /** One version with the agreement as it was; 404 if either is unknown. */
  @Transactional
  public VersionDetail find(UUID agreementId, long version) {
    AgreementVersion v =
        em.find(AgreementVersion.class, new AgreementVersion.Key(agreementId, version));
    if (v == null) {
      if (count(agreementId) == 0) {
        throw Problems.notFound("Agreement", agreementId);
      }
      throw Problems.notFound("Version", version + " of agreement " + agreementId);
    }
    return new VersionDetail(
        v.version,
        v.change,
        v.reason,
        v.changedAt,
        v.changedBy,
        List.copyOf(v.changedFields),
        read(v.state));
  }

  /** Whether the agreement exists (every agreement has at least one version). */
  @Transactional
  public boolean exists(UUID agreementId) {
    return count(agreementId) > 0;
  }

  /** The latest recorded version, if any. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<AgreementVersion> latest(UUID agreementId) {
    return em.createQuery(
            "from AgreementVersion v where v.agreementId = ?1 order by v.version desc",
            AgreementVersion.class)
        .setParameter(1, agreementId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private long count(UUID agreementId) {
    return em.createQuery(
            "select count(v) from AgreementVersion v where v.agreementId = ?1", Long.class)
        .setParameter(1, agreementId)
        .getSingleResult();
  }

  private AgreementView read(String json) {
    try {
      return mapper.readValue(json, AgreementView.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored agreement version is not readable", e);
    }
  }
}
