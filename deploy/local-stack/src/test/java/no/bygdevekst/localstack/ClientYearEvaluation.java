package no.bygdevekst.localstack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import no.bygdevekst.client.evaluation.ApiClient;
import no.bygdevekst.client.evaluation.ApiException;
import no.bygdevekst.client.evaluation.ApiResponse;
import no.bygdevekst.client.evaluation.api.AttainmentApi;
import no.bygdevekst.client.evaluation.api.IndicatorsApi;
import no.bygdevekst.client.evaluation.api.PublicApi;
import no.bygdevekst.client.evaluation.api.ReportsApi;
import no.bygdevekst.client.evaluation.model.AttainmentReport;
import no.bygdevekst.client.evaluation.model.Baseline;
import no.bygdevekst.client.evaluation.model.DefineIndicator;
import no.bygdevekst.client.evaluation.model.IndicatorView;
import no.bygdevekst.client.evaluation.model.MeasureType;
import no.bygdevekst.client.evaluation.model.Money;
import no.bygdevekst.client.evaluation.model.PublicAttainment;
import no.bygdevekst.client.evaluation.model.PublicationView;
import no.bygdevekst.client.evaluation.model.PublishedAttainmentReport;
import no.bygdevekst.client.evaluation.model.RecordMeasurement;
import no.bygdevekst.client.evaluation.model.ReportKind;
import no.bygdevekst.client.evaluation.model.SubGoalAttainment;
import no.bygdevekst.client.evaluation.model.SubGoalStatus;
import no.bygdevekst.client.evaluation.model.Target;
import no.bygdevekst.platform.testing.DevTokens;

/**
 * The client year in evaluation-service: a result target and its 2026 value, the status report with
 * the money from the plan and the grant, its chart and publication, and the public view.
 */
final class ClientYearEvaluation {
  private final Clients clients;
  private final Duration propagation;

  ClientYearEvaluation(Clients clients, Duration propagation) {
    this.clients = clients;
    this.propagation = propagation;
  }

  void measureReportPublish(UUID agreementId) throws Exception {
    IndicatorsApi indicators =
        new IndicatorsApi(clients.evaluation(DevTokens.municipality(ClientYearAgreement.VEGA)));
    DefineIndicator target =
        new DefineIndicator()
            .subGoalNumber(1)
            .name("Nye arbeidsplasser i kystnæringene")
            .unit("arbeidsplasser")
            .measureType(MeasureType.UNIT)
            .ascending(true)
            .baseline(new Baseline().value(BigDecimal.valueOf(5)).year(2024))
            .targets(List.of(new Target().year(ClientYearPlan.YEAR).value(BigDecimal.valueOf(15))))
            .source("Kommunenes næringsregister");
    // 404 until evaluation-service has the agreement from its events
    IndicatorView indicator =
        await("evaluation-service knows the agreement")
            .atMost(propagation)
            .pollInterval(Duration.ofMillis(250))
            .ignoreExceptions()
            .until(() -> indicators.defineIndicator(agreementId, target), Objects::nonNull);
    indicators.recordMeasurement(
        indicator.getId(),
        new RecordMeasurement()
            .year(ClientYearPlan.YEAR)
            .value(BigDecimal.valueOf(12))
            .source("Kommunenes næringsregister"));

    ApiClient kdd = clients.evaluation(DevTokens.kdd());
    ReportsApi reports = new ReportsApi(kdd);
    AttainmentReport status =
        await("evaluation-service has the plan's and the grant's money")
            .atMost(propagation)
            .pollInterval(Duration.ofMillis(250))
            .until(
                () -> reports.getStatusReport(agreementId, ClientYearPlan.YEAR),
                report ->
                    subGoal(report, 1).getMoney().getDisbursedOre() == ClientYearFunding.PAID_ORE);
    Money money = subGoal(status, 1).getMoney();
    assertEquals(ClientYearPlan.GRANT_REQUESTED_ORE, money.getPlannedGrantOre());
    assertEquals(ClientYearFunding.GRANT_ORE, money.getAllocatedOre());
    SubGoalAttainment attained =
        subGoal(
            new AttainmentApi(clients.evaluation(DevTokens.reader()))
                .getAttainment(agreementId, ClientYearPlan.YEAR),
            1);
    assertEquals(SubGoalStatus.AT_RISK, attained.getStatus(), "7 of the 10 to go: 0.7");
    assertEquals(0, new BigDecimal("0.7").compareTo(attained.getProgress()), attained.toString());
    File chart = reports.getStatusReportChart(agreementId, ClientYearPlan.YEAR);
    try {
      assertTrue(Files.readString(chart.toPath()).contains("<svg"), chart.toString());
    } finally {
      Files.delete(chart.toPath());
    }

    ApiResponse<PublicationView> published =
        reports.publishStatusReportWithHttpInfo(agreementId, ClientYearPlan.YEAR);
    assertEquals(201, published.getStatusCode());
    assertEquals(ReportKind.STATUS, published.getData().getKind());
    assertTrue(
        Clients.header(published.getHeaders(), "Location")
            .endsWith("/" + published.getData().getReportId()));
    assertPublic(agreementId, published.getData().getReportId(), kdd);
  }

  /** The portal reads the publication without a token; the snapshot is the status report. */
  private void assertPublic(UUID agreementId, UUID reportId, ApiClient client) throws Exception {
    PublicApi portal = new PublicApi(clients.evaluation(null));
    ApiResponse<PublicAttainment> attainment =
        portal.getPublishedAttainmentWithHttpInfo(agreementId, null);
    List<PublishedAttainmentReport> published = attainment.getData().getReports();
    assertEquals(1, published.size(), published.toString());
    assertEquals(reportId, published.get(0).getReportId());
    assertEquals(ClientYearPlan.YEAR, published.get(0).getYear());
    AttainmentReport snapshot =
        client.getObjectMapper().convertValue(published.get(0).getReport(), AttainmentReport.class);
    assertEquals(
        ClientYearFunding.PAID_ORE,
        subGoal(snapshot, 1).getMoney().getDisbursedOre(),
        "as published");
    String etag = Clients.header(attainment.getHeaders(), "ETag");
    ApiException notModified =
        assertThrows(ApiException.class, () -> portal.getPublishedAttainment(agreementId, etag));
    assertEquals(304, notModified.getCode());
  }

  private static SubGoalAttainment subGoal(AttainmentReport report, int number) {
    return report.getSubGoals().stream()
        .filter(s -> s.getNumber() == number)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sub-goal " + number + " in " + report));
  }
}
