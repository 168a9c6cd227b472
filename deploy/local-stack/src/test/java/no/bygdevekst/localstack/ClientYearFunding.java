package no.bygdevekst.localstack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.client.funding.ApiClient;
import no.bygdevekst.client.funding.ApiException;
import no.bygdevekst.client.funding.ApiResponse;
import no.bygdevekst.client.funding.api.AllocationsApi;
import no.bygdevekst.client.funding.api.AppropriationsApi;
import no.bygdevekst.client.funding.api.DisbursementsApi;
import no.bygdevekst.client.funding.api.FundingViewApi;
import no.bygdevekst.client.funding.api.GrantsApi;
import no.bygdevekst.client.funding.api.LedgerApi;
import no.bygdevekst.client.funding.model.AllocationConflictProblem;
import no.bygdevekst.client.funding.model.AllocationRequest;
import no.bygdevekst.client.funding.model.AppropriationView;
import no.bygdevekst.client.funding.model.AwardRequest;
import no.bygdevekst.client.funding.model.DisbursementRequest;
import no.bygdevekst.client.funding.model.DisbursementRequestLine;
import no.bygdevekst.client.funding.model.FundingView;
import no.bygdevekst.client.funding.model.GrantView;
import no.bygdevekst.client.funding.model.NewAppropriation;
import no.bygdevekst.client.funding.model.SubGoalFunding;
import no.bygdevekst.platform.testing.DevTokens;

/**
 * The client year in funding-service: the approved plan arrives, KDD records the year's budget and
 * awards a grant, the municipality allocates it to the measure, KDD pays half of it out.
 */
final class ClientYearFunding {
  static final long GRANT_ORE = 30_000_000L;
  static final long OWN_RESOURCES_ORE = 10_000_000L;
  static final long PAID_ORE = 15_000_000L;

  private final Clients clients;
  private final Duration propagation;

  ClientYearFunding(Clients clients, Duration propagation) {
    this.clients = clients;
    this.propagation = propagation;
  }

  /** Awards, allocates and pays out; the grant's id. */
  UUID awardAllocateDisburse(UUID agreementId, ClientYearPlan.Approved plan) throws Exception {
    FundingViewApi reader = new FundingViewApi(clients.funding(DevTokens.reader()));
    FundingView before =
        await("funding-service has the approved plan")
            .atMost(propagation)
            .pollInterval(Duration.ofMillis(250))
            .ignoreExceptions()
            .until(
                () -> reader.getAgreementFunding(agreementId, ClientYearPlan.YEAR),
                view -> view.getPlan() != null && plan.planId().equals(view.getPlan().getPlanId()));
    assertEquals(ClientYearPlan.GRANT_REQUESTED_ORE, subGoal(before, 1).getBudgetOre());

    String kdd = DevTokens.kdd();
    AppropriationView appropriation =
        new AppropriationsApi(clients.funding(kdd))
            .recordAppropriation(
                new NewAppropriation()
                    .year(ClientYearPlan.YEAR)
                    .amountOre(2_000_000_000L)
                    .budgetDecisionReference("Prop. 1 S (2025–2026) kap. 553 post 64"),
                key());
    GrantsApi grants = new GrantsApi(clients.funding(kdd));
    AwardRequest award =
        new AwardRequest()
            .agreementId(agreementId)
            .year(ClientYearPlan.YEAR)
            .appropriationId(appropriation.getId())
            .amountOre(GRANT_ORE)
            .conditions("Etter godkjent handlingsplan 2026");
    String awardKey = key();
    ApiResponse<GrantView> awarded = grants.awardGrantWithHttpInfo(award, awardKey);
    assertEquals(201, awarded.getStatusCode());
    UUID grantId = awarded.getData().getId();
    assertTrue(Clients.header(awarded.getHeaders(), "Location").endsWith("/" + grantId));
    ApiResponse<GrantView> replayed = grants.awardGrantWithHttpInfo(award, awardKey);
    assertEquals(grantId, replayed.getData().getId());
    assertEquals("true", Clients.header(replayed.getHeaders(), "Idempotent-Replayed"));
    assertEquals(GRANT_ORE, grants.getGrant(grantId).getGrantedOre(), "awarded once");

    ApiClient municipality = clients.funding(DevTokens.municipality(ClientYearAgreement.VEGA));
    AllocationsApi allocations = new AllocationsApi(municipality);
    ApiException beyond =
        assertThrows(
            ApiException.class,
            () -> allocations.allocateGrant(grantId, allocation(GRANT_ORE + 5_000_000L), key()));
    AllocationConflictProblem conflict =
        Clients.problem(
            municipality.getObjectMapper(),
            beyond.getResponseBody(),
            AllocationConflictProblem.class);
    assertEquals(409, conflict.getStatus());
    assertEquals(GRANT_ORE, conflict.getUnallocatedOre(), conflict.toString());

    assertEquals(
        0L, allocations.allocateGrant(grantId, allocation(GRANT_ORE), key()).getUnallocatedOre());
    new DisbursementsApi(clients.funding(kdd))
        .disburseGrant(
            grantId,
            new DisbursementRequest()
                .lines(List.of(new DisbursementRequestLine().subGoalNumber(1).amountOre(PAID_ORE)))
                .reference("Utbetaling 1 2026"),
            key());

    GrantView grant = grants.getGrant(grantId);
    assertEquals(PAID_ORE, grant.getDisbursedOre());
    assertEquals(GRANT_ORE - PAID_ORE, grant.getRemainingOre());
    assertEquals(
        3L,
        new LedgerApi(clients.funding(DevTokens.reader()))
            .getGrantLedger(grantId, null, null)
            .getTotalItems(),
        "award, allocation, payout");
    SubGoalFunding subGoal =
        subGoal(reader.getAgreementFunding(agreementId, ClientYearPlan.YEAR), 1);
    assertEquals(GRANT_ORE, subGoal.getGrantedOre());
    assertEquals(OWN_RESOURCES_ORE, subGoal.getOwnResourcesOre());
    assertEquals(PAID_ORE, subGoal.getDisbursedOre());
    return grantId;
  }

  private static AllocationRequest allocation(long grantOre) {
    return new AllocationRequest()
        .subGoalNumber(1)
        .grantAmountOre(grantOre)
        .ownResourcesOre(OWN_RESOURCES_ORE);
  }

  private static SubGoalFunding subGoal(FundingView view, int number) {
    return view.getSubGoals().stream()
        .filter(s -> s.getSubGoalNumber() == number)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sub-goal " + number + " in " + view));
  }

  private static String key() {
    return "client-year-" + UUID.randomUUID();
  }
}
