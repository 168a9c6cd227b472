package no.bygdevekst.localstack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.bygdevekst.client.actionplan.ApiClient;
import no.bygdevekst.client.actionplan.ApiException;
import no.bygdevekst.client.actionplan.ApiResponse;
import no.bygdevekst.client.actionplan.api.ActionPlansApi;
import no.bygdevekst.client.actionplan.api.ConsentsApi;
import no.bygdevekst.client.actionplan.api.MeasuresApi;
import no.bygdevekst.client.actionplan.api.PublicApi;
import no.bygdevekst.client.actionplan.model.ActionPlan;
import no.bygdevekst.client.actionplan.model.ConsentDecision;
import no.bygdevekst.client.actionplan.model.ConsentRequest;
import no.bygdevekst.client.actionplan.model.FieldError;
import no.bygdevekst.client.actionplan.model.Measure;
import no.bygdevekst.client.actionplan.model.MeasureRequest;
import no.bygdevekst.client.actionplan.model.PlanExistsProblem;
import no.bygdevekst.client.actionplan.model.PlanStatus;
import no.bygdevekst.client.actionplan.model.Problem;
import no.bygdevekst.client.actionplan.model.PublicActionPlan;
import no.bygdevekst.client.actionplan.model.PublicActionPlanPage;
import no.bygdevekst.client.actionplan.model.StartPlanRequest;
import no.bygdevekst.platform.testing.DevTokens;

/**
 * The client year in actionplan-service: the 2026 plan with one measure, the partner's consent,
 * submission and approval, and the portal's view of it.
 */
final class ClientYearPlan {
  static final int YEAR = 2026;
  static final long GRANT_REQUESTED_ORE = 40_000_000L;

  /** The approved plan and its measure. */
  record Approved(UUID planId, UUID measureId) {}

  private final Clients clients;
  private final Duration propagation;

  ClientYearPlan(Clients clients, Duration propagation) {
    this.clients = clients;
    this.propagation = propagation;
  }

  Approved planConsentSubmitApprove(UUID agreementId) throws Exception {
    String vega = DevTokens.municipality(ClientYearAgreement.VEGA);
    ApiClient client = clients.actionplan(vega);
    ActionPlansApi plans = new ActionPlansApi(client);
    StartPlanRequest start = new StartPlanRequest().year(YEAR);
    // 404 or 409 until actionplan-service has the agreement's signing from its events
    ActionPlan plan =
        await("actionplan-service knows the agreement as active")
            .atMost(propagation)
            .pollInterval(Duration.ofMillis(250))
            .ignoreExceptions()
            .until(() -> plans.startActionPlan(agreementId, start), Objects::nonNull);
    assertEquals(PlanStatus.DRAFT, plan.getStatus());

    ApiException again =
        assertThrows(ApiException.class, () -> plans.startActionPlan(agreementId, start));
    PlanExistsProblem exists = read(client, again, PlanExistsProblem.class);
    assertEquals(409, exists.getStatus());
    assertEquals(plan.getId(), exists.getExistingPlanId(), exists.toString());
    assertEquals(1, exists.getExistingRevision());

    MeasuresApi measures = new MeasuresApi(client);
    ApiException invalid =
        assertThrows(
            ApiException.class,
            () -> measures.addMeasure(plan.getId(), measure().title(null).grantRequestedOre(-1L)));
    Problem problem = read(client, invalid, Problem.class);
    assertEquals(400, problem.getStatus());
    Set<String> fields =
        problem.getErrors().stream().map(FieldError::getField).collect(Collectors.toSet());
    assertEquals(Set.of("title", "grantRequestedOre"), fields, problem.toString());
    Measure measure = measures.addMeasure(plan.getId(), measure());

    ApiResponse<ActionPlan> consented =
        new ConsentsApi(clients.actionplan(DevTokens.partner(ClientYearAgreement.INNOVASJON_NORGE)))
            .decideConsentWithHttpInfo(
                plan.getId(),
                new ConsentRequest().subGoalNumbers(List.of(1)).decision(ConsentDecision.CONSENT));
    assertTrue(consented.getData().getReadiness().getReady(), consented.getData().toString());
    String etag = Clients.header(consented.getHeaders(), "ETag");
    assertEquals(PlanStatus.SUBMITTED, plans.submitActionPlan(plan.getId(), etag).getStatus());
    ActionPlan approved =
        new ActionPlansApi(clients.actionplan(DevTokens.kdd()))
            .approveActionPlan(plan.getId(), null);
    assertEquals(PlanStatus.APPROVED, approved.getStatus());
    assertEquals(GRANT_REQUESTED_ORE, approved.getTotalGrantRequestedOre());

    assertPublic(agreementId, plan.getId());
    return new Approved(plan.getId(), measure.getMeasureId());
  }

  /** The portal sees the approved plan without a token, cacheable and revalidated by ETag. */
  private void assertPublic(UUID agreementId, UUID planId) throws Exception {
    PublicApi portal = new PublicApi(clients.actionplan(null));
    ApiResponse<PublicActionPlanPage> page =
        portal.listApprovedActionPlansWithHttpInfo(agreementId, null, null, YEAR, null);
    assertEquals(
        List.of(planId), page.getData().getItems().stream().map(PublicActionPlan::getId).toList());
    assertTrue(
        Clients.header(page.getHeaders(), "Cache-Control").startsWith("public"),
        page.getHeaders().toString());
    String etag = Clients.header(page.getHeaders(), "ETag");
    ApiException notModified =
        assertThrows(
            ApiException.class,
            () -> portal.listApprovedActionPlans(agreementId, null, null, YEAR, etag));
    assertEquals(304, notModified.getCode());
  }

  private static MeasureRequest measure() {
    return new MeasureRequest()
        .subGoalNumber(1)
        .title("Kystnæringsnettverk")
        .description("Et nettverk for nye og etablerte bedrifter i sjømat og reiseliv")
        .responsibleParty(ClientYearAgreement.VEGA)
        .partners(List.of(ClientYearAgreement.INNOVASJON_NORGE))
        .grantRequestedOre(GRANT_REQUESTED_ORE)
        .ownResourcesOre(10_000_000L)
        .resultTargets(List.of("Nye arbeidsplasser"));
  }

  private static <T> T read(ApiClient client, ApiException e, Class<T> type) throws Exception {
    return Clients.problem(client.getObjectMapper(), e.getResponseBody(), type);
  }
}
