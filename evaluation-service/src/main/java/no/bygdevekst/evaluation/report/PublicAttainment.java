package no.bygdevekst.evaluation.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.evaluation.agreement.AgreementStatus;
import no.bygdevekst.evaluation.attainment.ReportKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the public sees of an agreement's goal attainment: the newest publication of each report
 * (the final one and each year's status report), as published.
 */
public record PublicAttainment(
    UUID agreementId,
    String title,
    String pilotArea,
    AgreementStatus status,
    LocalDate periodFrom,
    LocalDate periodTo,
    List<Report> reports) {

  @Schema(name = "PublishedAttainmentReport")
  public record Report(
      UUID reportId, ReportKind kind, Integer year, OffsetDateTime publishedAt, JsonNode report) {}
}
