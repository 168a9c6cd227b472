package no.bygdevekst.agreement.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import no.bygdevekst.platform.testing.DevTokens;

/** Builds agreement requests and calls the API over HTTP, as a client would. */
public final class Api {
  public static final String HUSBANKEN = "986038009";
  public static final String FYLKESKOMMUNEN = "830090282";
  public static final String STATSFORVALTEREN = "974764687";
  public static final String INNOVASJON_NORGE = "986399445";

  /**
   * Kommunenumre no other test uses, so tests never collide on the overlap rule. Random start, so
   * that a database kept from an earlier run is unlikely to collide either. Always below 5600, so
   * never a Finnmark municipality of the reference agreement.
   */
  private static final AtomicInteger NEXT_MUNICIPALITY =
      new AtomicInteger(1000 + ThreadLocalRandom.current().nextInt(40) * 100);

  private Api() {}

  public static String freshMunicipality() {
    return Integer.toString(NEXT_MUNICIPALITY.getAndIncrement());
  }

  public static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  public static RequestSpecification asKdd() {
    return as(DevTokens.kdd());
  }

  /** A valid draft: the municipalities and KDD as parties, two partners, two related sub-goals. */
  public static Map<String, Object> draft(LocalDate from, LocalDate to, String... municipalities) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "Bygdevekstavtale for " + String.join("-", municipalities));
    body.put("pilotArea", "Testområde " + municipalities[0]);
    body.put("period", Map.of("from", from.toString(), "to", to.toString()));
    List<Map<String, Object>> parties = new ArrayList<>();
    for (String m : municipalities) {
      parties.add(party(m, "MUNICIPALITY", "Kommune " + m));
    }
    parties.add(party("KDD", "MINISTRY", "Kommunal- og distriktsdepartementet"));
    body.put("principalParties", parties);
    body.put(
        "partners",
        List.of(
            Map.of("organisationNumber", HUSBANKEN, "name", "Husbanken"),
            Map.of("organisationNumber", INNOVASJON_NORGE, "name", "Innovasjon Norge")));
    body.put(
        "subGoals",
        List.of(
            subGoal(1, "Øke boligbygging", List.of(HUSBANKEN), HUSBANKEN, List.of(2)),
            subGoal(2, "Styrke næringsutvikling", List.of(INNOVASJON_NORGE), null, List.of())));
    body.put(
        "commitments",
        List.of(
            Map.of("committedBy", List.of(municipalities[0]), "text", "Utforme handlingsplan"),
            Map.of(
                "committedBy",
                List.of(HUSBANKEN),
                "subGoalNumber",
                1,
                "text",
                "Koordinere arbeidet under delmålet")));
    body.put(
        "anchoring",
        List.of(
            Map.of(
                "kind",
                "POLITICAL_DECISION",
                "reference",
                "Kommunestyrevedtak",
                "date",
                "2023-06-15",
                "partyId",
                municipalities[0])));
    return body;
  }

  public static Map<String, Object> party(String id, String kind, String name) {
    return Map.of("partyId", id, "kind", kind, "name", name);
  }

  public static Map<String, Object> subGoal(
      int number, String title, List<String> partners, String coordinator, List<Integer> related) {
    Map<String, Object> goal = new LinkedHashMap<>();
    goal.put("number", number);
    goal.put("title", title);
    goal.put("description", "Beskrivelse av delmål " + number);
    goal.put("partners", partners);
    if (coordinator != null) {
      goal.put("coordinator", coordinator);
    }
    goal.put("relatedSubGoals", related);
    return goal;
  }

  /** Registers a draft as kdd and returns its id. */
  public static UUID register(Map<String, Object> body) {
    String id =
        asKdd().body(body).post("/api/v1/agreements").then().statusCode(201).extract().path("id");
    return UUID.fromString(id);
  }

  public static Map<String, Object> signature(String partyId, String decisionDate) {
    return Map.of(
        "partyId", partyId, "politicalDecisionDate", decisionDate, "signedBy", "Ordfører");
  }

  /** Signs as the party itself: a municipality with its own token, KDD as kdd. */
  public static Response sign(UUID id, String partyId, String decisionDate) {
    String token = "KDD".equals(partyId) ? DevTokens.kdd() : DevTokens.municipality(partyId);
    return as(token)
        .body(signature(partyId, decisionDate))
        .post("/api/v1/agreements/{id}/signatures", id);
  }

  /** Every municipality and then KDD sign; returns the last response. */
  public static Response signAll(UUID id, String... municipalities) {
    for (String m : municipalities) {
      sign(id, m, "2023-06-15").then().statusCode(200);
    }
    Response last = sign(id, "KDD", "2023-06-20");
    last.then().statusCode(200);
    return last;
  }

  public static Response get(UUID id) {
    return asKdd().get("/api/v1/agreements/{id}", id);
  }

  public static String etag(UUID id) {
    return get(id).then().statusCode(200).extract().header("ETag");
  }
}
