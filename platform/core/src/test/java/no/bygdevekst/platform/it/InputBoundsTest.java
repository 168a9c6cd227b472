package no.bygdevekst.platform.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.bygdevekst.platform.testing.DevTokens;
import no.bygdevekst.platform.testing.RawHttp;
import org.junit.jupiter.api.Test;

/**
 * The bounds every service has on what it reads (docs/problems.md, "What the services accept"):
 * each refusal is a 400 problem detail naming the field, in the caller's words and never a Java
 * type, and nothing is written.
 */
@QuarkusTest
class InputBoundsTest {
  static RequestSpecification kdd() {
    return given().auth().oauth2(DevTokens.kdd()).contentType("application/json");
  }

  /** A valid probe with {@code field} set to the raw JSON {@code value}. */
  static String with(String field, String value) {
    return "{\"name\":\"a\",\"kind\":\"SMALL\",\"amountOre\":100,\"" + field + "\":" + value + "}";
  }

  static Response post(String body) {
    return kdd().body(body).post("/api/v1/probes");
  }

  /** A 400 problem detail naming {@code field}, in words that name no Java type. */
  static void refused(Response r, String field) {
    r.then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field));
    noJavaNames(r.asString());
  }

  static void noJavaNames(String body) {
    for (String leak : new String[] {"no.bygdevekst", "java.", "com.fasterxml", "`", "Exception"}) {
      assertFalse(body.contains(leak), leak + " in " + body);
    }
  }

  @Test
  void controlCharactersInTextAreRefusedButTabsAndLineBreaksAreNot() {
    refused(post(with("tags", "[\"a\\u0000b\"]")), "tags[0]");
    refused(post("{\"name\":\"a\\u0000b\",\"kind\":\"SMALL\"}"), "name");
    refused(post(with("lines", "[{\"number\":1,\"text\":\"bell\\u0007\"}]")), "lines[0].text");
    refused(post(with("tags", "[\"del\\u007f\"]")), "tags[0]");
    refused(post(with("tags", "[\"c1\\u0085\"]")), "tags[0]");
    refused(post(with("tags", "[\"\\ud800\"]")), "tags[0]");
    post(with("lines", "[{\"number\":1,\"text\":\"line one\\nline\\ttwo\\r\\n\"}]"))
        .then()
        .statusCode(201);
    post(with("tags", "[\"Unjárga-Nesseby 😀\"]")).then().statusCode(201);
    Response nul = post(with("tags", "[\"a\\u0000b\"]"));
    nul.then().body("errors[0].message", containsString("U+0000"));
  }

  @Test
  void textIsAJsonStringOfAtMostTenThousandCharacters() {
    refused(post(with("tags", "[\"" + "x".repeat(10_001) + "\"]")), "tags[0]");
    post(with("tags", "[\"" + "x".repeat(10_000) + "\"]")).then().statusCode(201);
    refused(post(with("tags", "[5]")), "tags[0]");
    refused(post(with("tags", "[true]")), "tags[0]");
  }

  @Test
  void decimalsHaveBoundedDigitsWhateverTheirExponent() {
    for (String huge :
        new String[] {
          "1e999999999",
          "-1e999999999",
          "1e-999999999",
          "0e999999999",
          "\"1e999999999\"",
          "1234567890123456",
          "1.1234567",
          "1" + "0".repeat(900),
          "1e99999999999"
        }) {
      Response r = post(with("value", huge));
      refused(r, "value");
      r.then().body("errors[0].message", containsString("number"));
    }
    post(with("value", "123456789012345.123456")).then().statusCode(201);
    post(with("value", "\"12.5\"")).then().statusCode(201);
    refused(post(with("value", "\"twelve\"")), "value");
  }

  @Test
  void amountsOfOreAreWholeAndBounded() {
    Response max =
        post(with("count", "1").replace("\"amountOre\":100", "\"amountOre\":9223372036854775807"));
    refused(max, "amountOre");
    max.then().body("errors[0].message", containsString("1000000000000"));
    refused(post("{\"name\":\"a\",\"kind\":\"SMALL\",\"amountOre\":1000000000001}"), "amountOre");
    refused(
        post("{\"name\":\"a\",\"kind\":\"SMALL\",\"amountOre\":99999999999999999999}"),
        "amountOre");
    refused(post("{\"name\":\"a\",\"kind\":\"SMALL\",\"amountOre\":1e3}"), "amountOre");
    refused(post("{\"name\":\"a\",\"kind\":\"SMALL\",\"amountOre\":\"100\"}"), "amountOre");
    post("{\"name\":\"a\",\"kind\":\"SMALL\",\"amountOre\":1000000000000}").then().statusCode(201);
    refused(post(with("count", "2147483648")), "count");
    refused(post(with("count", "1.5")), "count");
  }

  @Test
  void datesAreIsoStringsWithinTheYears1900To2200() {
    for (String bad :
        new String[] {
          "12345",
          "\"+999999999-12-31\"",
          "\"1899-12-31\"",
          "\"2201-01-01\"",
          "\"2025-02-30\"",
          "\"10.03.2025\"",
          "[2025,3,10]"
        }) {
      refused(post(with("date", bad)), "date");
    }
    post(with("date", "\"2200-12-31\"")).then().statusCode(201);
    for (String bad :
        new String[] {
          "0", "\"+999999999-12-31T00:00:00Z\"", "\"2025-03-10T09:00:00\"", "\"now\""
        }) {
      refused(post(with("at", bad)), "at");
    }
    post(with("at", "\"2025-03-10T10:00:00+01:00\"")).then().statusCode(201);
  }

  @Test
  void jsonIsReadStrictly() {
    Response trailing = post(with("count", "1") + " {\"name\":\"b\"}");
    trailing.then().statusCode(400).body("detail", containsString("after its JSON document"));
    noJavaNames(trailing.asString());
    post(with("count", "1") + " x").then().statusCode(400);
    refused(
        post(with("count", "1").replace("\"name\":\"a\"", "\"name\":\"a\",\"name\":\"b\"")),
        "name");
    refused(post("{\"name\":\"a\",\"kind\":0}"), "kind");
    refused(post(with("value", "{}")), "value");
    refused(post(with("ref", "\"\\u0000\"")), "ref"); // Jackson trims it to "", once read as null
    refused(post(with("ref", "\"\"")), "ref");
    refused(post(with("kind", "\"\"").replace(",\"kind\":\"SMALL\"", "")), "kind");
    refused(post(with("lines", "\"x\"")), "lines");
    refused(post(with("lines", "[1]")), "lines[0]");
    String deep = "[".repeat(40) + "]".repeat(40);
    post(with("tags", deep)).then().statusCode(400).contentType("application/problem+json");
    for (String body : new String[] {"[]", "\"x\"", "12", "", "{"}) {
      Response r = post(body);
      r.then().statusCode(400).contentType("application/problem+json");
      noJavaNames(r.asString());
    }
    post("[]").then().body("detail", equalTo("The body must be an object (a JSON object)"));
  }

  @Test
  void listsHaveAtMostAThousandElements() {
    String tags =
        IntStream.range(0, 1_001).mapToObj(i -> "\"t\"").collect(Collectors.joining(",", "[", "]"));
    refused(post(with("tags", tags)), "tags");
  }

  @Test
  void queryAndHeaderParametersAreReadWithinBoundsAndNamed() {
    given()
        .auth()
        .oauth2(DevTokens.kdd())
        .get("/api/v1/probes?year=2025&from=2025-03-10&open=true&size=5")
        .then()
        .statusCode(200)
        .body("year", equalTo("2025"))
        .body("from", equalTo("2025-03-10"));
    Map<String, String> bad =
        Map.of(
            "year", "1e999999999",
            "size", "abc",
            "page", "99999999999",
            "from", "%2B999999999-12-31",
            "agreementId", "not-a-uuid",
            "open", "yes",
            "status", "a%00b");
    bad.forEach(
        (name, value) -> {
          Response r =
              given()
                  .auth()
                  .oauth2(DevTokens.kdd())
                  .urlEncodingEnabled(false)
                  .get("/api/v1/probes?" + name + "=" + value);
          refused(r, name);
        });
    refused(
        kdd()
            .queryParam("pause", "soon")
            .header("If-Match", "\"0\"")
            .body(with("count", "1"))
            .put("/api/v1/probes/" + java.util.UUID.randomUUID()),
        "pause");
  }

  @Test
  void whatTheHttpLayerRefusesIsAProblemDetailToo() throws IOException {
    String token = "Authorization: Bearer " + DevTokens.kdd();
    RawHttp.Answer escape =
        RawHttp.send("GET /api/v1/probes/%ZZ HTTP/1.1\r\nHost: x\r\n" + token, null);
    assertProblem(escape, 400);
    assertProblem(
        RawHttp.send("GET /api/v1/probes?year=%ZZ HTTP/1.1\r\nHost: x\r\n" + token, null), 400);
    RawHttp.Answer nulInPath =
        RawHttp.send("GET /api/v1/probes/a%00b HTTP/1.1\r\nHost: x\r\n" + token, null);
    assertProblem(nulInPath, 400);
    // A control character in a header is refused by the HTTP decoder itself, before any route:
    // an empty 400 and a closed connection (docs/problems.md).
    RawHttp.Answer control =
        RawHttp.send(
            "GET /api/v1/probes HTTP/1.1\r\nHost: x\r\nIf-Match: \"a\u0001b\"\r\n" + token, null);
    assertEquals(400, control.status(), control.head());
    RawHttp.Answer longUri =
        RawHttp.send(
            "GET /api/v1/probes?x=" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: x\r\n" + token,
            null);
    assertProblem(longUri, 414);
    RawHttp.Answer bigHeaders =
        RawHttp.send(
            "GET /api/v1/probes HTTP/1.1\r\nHost: x\r\nX-Big: "
                + "a".repeat(30_000)
                + "\r\n"
                + token,
            null);
    assertProblem(bigHeaders, 431);
    RawHttp.Answer chunked =
        RawHttp.send(
            "POST /api/v1/probes HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n"
                + token,
            RawHttp.chunked(1_200_000));
    assertProblem(chunked, 413);
    RawHttp.Answer smallChunked =
        RawHttp.send(
            "POST /api/v1/probes HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n"
                + token,
            RawHttp.chunks("{\"name\":\"a\",\"kind\":", "\"SMALL\"}"));
    assertEquals(201, smallChunked.status(), smallChunked.head() + "\n" + smallChunked.body());
  }

  private static void assertProblem(RawHttp.Answer answer, int status) {
    assertEquals(status, answer.status(), answer.head() + "\n" + answer.body());
    assertTrue(
        answer.contentType().startsWith("application/problem+json"),
        answer.head() + "\n" + answer.body());
    assertTrue(answer.body().contains("\"status\":" + status), answer.body());
    noJavaNames(answer.body());
  }
}
