package no.bygdevekst.evaluation.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.evaluation.agreement.AgreementView;
import no.bygdevekst.platform.problem.Problems;

/** Reads what has been published about an agreement, and nothing else. */
@ApplicationScoped
public class PublicAttainmentService {
  private final ObjectMapper mapper;

  @Inject
  public PublicAttainmentService(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * The newest publication of each report of an active or concluded agreement.
   *
   * @throws no.bygdevekst.platform.problem.ProblemException 404 when the agreement is unknown, not
   *     public, or has nothing published
   */
  @Transactional
  public PublicAttainment published(UUID agreementId) {
    AgreementView agreement = AgreementView.find(agreementId).orElse(null);
    if (agreement == null || !agreement.status.isPublic()) {
      throw Problems.notFound("Published attainment of agreement", agreementId);
    }
    List<PublicAttainment.Report> reports =
        PublishedReport.latestOf(agreementId).stream().map(this::report).toList();
    if (reports.isEmpty()) {
      throw Problems.notFound("Published attainment of agreement", agreementId);
    }
    return new PublicAttainment(
        agreement.agreementId,
        agreement.title,
        agreement.pilotArea,
        agreement.status,
        agreement.periodFrom,
        agreement.periodTo,
        reports);
  }

  private PublicAttainment.Report report(PublishedReport r) {
    try {
      return new PublicAttainment.Report(
          r.id, r.kind, r.year, r.publishedAt, mapper.readTree(r.content));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored report " + r.id + " is not JSON", e);
    }
  }
}
