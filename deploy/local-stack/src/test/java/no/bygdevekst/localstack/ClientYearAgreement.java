package no.bygdevekst.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.bygdevekst.client.agreement.ApiClient;
import no.bygdevekst.client.agreement.ApiException;
import no.bygdevekst.client.agreement.ApiResponse;
import no.bygdevekst.client.agreement.api.AgreementsApi;
import no.bygdevekst.client.agreement.model.AgreementOverlapProblem;
import no.bygdevekst.client.agreement.model.AgreementPeriod;
import no.bygdevekst.client.agreement.model.AgreementRequest;
import no.bygdevekst.client.agreement.model.AgreementStatus;
import no.bygdevekst.client.agreement.model.AgreementView;
import no.bygdevekst.client.agreement.model.CooperationPartner;
import no.bygdevekst.client.agreement.model.FieldError;
import no.bygdevekst.client.agreement.model.PartyKind;
import no.bygdevekst.client.agreement.model.PrincipalParty;
import no.bygdevekst.client.agreement.model.Problem;
import no.bygdevekst.client.agreement.model.SignatureRequest;
import no.bygdevekst.client.agreement.model.SubGoal;
import no.bygdevekst.platform.testing.DevTokens;

/** The client year in agreement-service: register and sign an agreement, and read it back. */
final class ClientYearAgreement {
  static final String VEGA = "1815";
  static final String VEVELSTAD = "1816";
  static final String INNOVASJON_NORGE = "986399445";

  private final Clients clients;

  ClientYearAgreement(Clients clients) {
    this.clients = clients;
  }

  /** Registers the Helgeland coast agreement, proves the refusals, signs it; its id. */
  UUID registerAndSign() throws Exception {
    ApiClient client = clients.agreement(DevTokens.kdd());
    AgreementsApi kdd = new AgreementsApi(client);
    String key = "client-year-" + UUID.randomUUID();
    ApiResponse<AgreementView> registered = kdd.registerAgreementWithHttpInfo(agreement(), key);
    AgreementView draft = registered.getData();
    assertEquals(201, registered.getStatusCode());
    assertEquals(AgreementStatus.DRAFT, draft.getStatus());
    assertEquals("\"" + draft.getVersion() + "\"", Clients.header(registered.getHeaders(), "ETag"));
    assertTrue(
        Clients.header(registered.getHeaders(), "Location").endsWith("/" + draft.getId()),
        registered.getHeaders().toString());

    ApiResponse<AgreementView> replayed = kdd.registerAgreementWithHttpInfo(agreement(), key);
    assertEquals(draft.getId(), replayed.getData().getId(), "the retry gets the first answer");
    assertEquals("true", Clients.header(replayed.getHeaders(), "Idempotent-Replayed"));

    assertRefusals(client, draft.getId());

    for (String municipality : List.of(VEGA, VEVELSTAD)) {
      new AgreementsApi(clients.agreement(DevTokens.municipality(municipality)))
          .signAgreement(draft.getId(), signature(municipality));
    }
    AgreementView signed = kdd.signAgreement(draft.getId(), signature("KDD"));
    assertEquals(AgreementStatus.ACTIVE, signed.getStatus(), "signed by all, period started");
    assertEquals(3, signed.getSignatures().size());

    assertConditionalRead(draft.getId());
    return draft.getId();
  }

  /** 400 with the field list, 409 with the agreement it overlaps, 401 without a token. */
  private void assertRefusals(ApiClient client, UUID registered) throws Exception {
    AgreementsApi kdd = new AgreementsApi(client);
    ApiException invalid =
        assertThrows(
            ApiException.class,
            () -> kdd.registerAgreement(agreement().title(null).pilotArea(null), null));
    Problem problem = read(client, invalid, Problem.class);
    assertEquals(400, problem.getStatus());
    assertEquals("/problems/validation", problem.getType());
    Set<String> fields =
        problem.getErrors().stream().map(FieldError::getField).collect(Collectors.toSet());
    assertEquals(Set.of("title", "pilotArea"), fields, problem.toString());

    ApiException overlapping =
        assertThrows(
            ApiException.class,
            () -> kdd.registerAgreement(agreement().title("Bygdevekstavtale for Vega"), null));
    AgreementOverlapProblem overlap = read(client, overlapping, AgreementOverlapProblem.class);
    assertEquals(409, overlap.getStatus());
    assertEquals("/problems/conflict", overlap.getType());
    assertEquals(registered, overlap.getConflictingAgreementId(), overlap.toString());
    assertTrue(Set.of(VEGA, VEVELSTAD).contains(overlap.getMunicipality()), overlap.toString());

    ApiClient noToken = clients.agreement(null);
    ApiException unauthorized =
        assertThrows(
            ApiException.class, () -> new AgreementsApi(noToken).getAgreement(registered, null));
    assertEquals(401, read(noToken, unauthorized, Problem.class).getStatus());
    assertEquals("Bearer", unauthorized.getResponseHeaders().firstValue("WWW-Authenticate").get());
  }

  /** The ETag of a read, sent back in If-None-Match, gets 304 (an ApiException to the client). */
  private void assertConditionalRead(UUID id) throws Exception {
    AgreementsApi reader = new AgreementsApi(clients.agreement(DevTokens.reader()));
    ApiResponse<AgreementView> read = reader.getAgreementWithHttpInfo(id, null);
    String etag = Clients.header(read.getHeaders(), "ETag");
    assertNotNull(etag);
    ApiException notModified =
        assertThrows(ApiException.class, () -> reader.getAgreement(id, etag));
    assertEquals(304, notModified.getCode());
  }

  private static <T> T read(ApiClient client, ApiException e, Class<T> type) throws Exception {
    return Clients.problem(client.getObjectMapper(), e.getResponseBody(), type);
  }

  /** Two Helgeland municipalities and the ministry, 2025-2028, two sub-goals. */
  private static AgreementRequest agreement() {
    return new AgreementRequest()
        .title("Bygdevekstavtale for Helgelandskysten")
        .pilotArea("Helgelandskysten")
        .period(new AgreementPeriod().from(LocalDate.of(2025, 1, 1)).to(LocalDate.of(2028, 12, 31)))
        .principalParties(
            List.of(
                party(VEGA, PartyKind.MUNICIPALITY, "Vega kommune"),
                party(VEVELSTAD, PartyKind.MUNICIPALITY, "Vevelstad kommune"),
                party("KDD", PartyKind.MINISTRY, "Kommunal- og distriktsdepartementet")))
        .partners(
            List.of(
                new CooperationPartner()
                    .organisationNumber(INNOVASJON_NORGE)
                    .name("Innovasjon Norge")))
        .subGoals(
            List.of(
                new SubGoal()
                    .number(1)
                    .title("Næringsutvikling i kystsamfunnene")
                    .partners(List.of(INNOVASJON_NORGE)),
                new SubGoal().number(2).title("Rekruttering av arbeidskraft")));
  }

  private static PrincipalParty party(String id, PartyKind kind, String name) {
    return new PrincipalParty().partyId(id).kind(kind).name(name);
  }

  private static SignatureRequest signature(String partyId) {
    return new SignatureRequest()
        .partyId(partyId)
        .politicalDecisionDate(LocalDate.of(2024, 12, 12))
        .signedBy(partyId.equals("KDD") ? "Statsråd" : "Ordfører");
  }
}
