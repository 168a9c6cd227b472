package no.bygdevekst.evaluation.attainment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.evaluation.agreement.AgreementStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Goal attainment (måloppnåelse) of an agreement per sub-goal: for one year (STATUS) or for the
 * period (FINAL, {@code year} absent).
 */
public record AttainmentReport(
    ReportKind kind,
    UUID agreementId,
    String agreementTitle,
    String pilotArea,
    AgreementStatus agreementStatus,
    Period period,
    Integer year,
    OffsetDateTime generatedAt,
    StatusRule thresholds,
    List<SubGoalAttainment> subGoals) {

  @Schema(name = "ReportPeriod")
  public record Period(LocalDate from, LocalDate to) {}
}
