package no.bygdevekst.platform.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.bygdevekst.platform.testing.issuer.TestIssuer;
import no.bygdevekst.platform.testing.issuer.TestIssuers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What every service proves about the tokens it accepts, over every operation of its own OpenAPI
 * document: a Maskinporten read scope reads everything a development reader reads and is refused
 * every write; the ministry's system reads what the development kdd token reads; a person
 * registered nowhere is refused everything but the public endpoints; and tokens that must not pass
 * are 401 problems. Tokens come from the run's {@link TestIssuers}, verified for real against their
 * JWKS. A service's test extends it under {@code @QuarkusTest} with {@code TestIssuersResource}.
 */
public abstract class TokenContract {
  /** The read scope and the ministry's write scope (docs/security.md). */
  public static final String READ_SCOPE = "kdd:bygdevekst.read";

  public static final String MINISTRY_SCOPE = "kdd:bygdevekst.ministry.write";

  /** Deatnu-Tana kommune (docs/reference-data.md), as the consumer of a Maskinporten token. */
  public static final String TANA_ORGANISATION = "943505527";

  private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{[^}]+}");

  /** One operation of the service's API. */
  public record Operation(String method, String path) {
    boolean write() {
      return WRITES.contains(method);
    }

    boolean open() {
      return path.startsWith("/api/v1/public");
    }

    /** The path with every parameter an id that exists nowhere. */
    String concretePath() {
      Matcher m = PATH_PARAMETER.matcher(path);
      return m.replaceAll(r -> UUID.randomUUID().toString());
    }

    Response call(String token) {
      var request = given().contentType("application/json").body("{}");
      if (token != null) {
        request.auth().oauth2(token);
      }
      return request.request(method.toUpperCase(), concretePath());
    }

    @Override
    public String toString() {
      return method.toUpperCase() + " " + path;
    }
  }

  protected static TestIssuer maskinporten() {
    return TestIssuers.get().maskinporten();
  }

  protected static TestIssuer idporten() {
    return TestIssuers.get().idporten();
  }

  /** Every operation under {@code /api/v1}, from the service's OpenAPI document. */
  protected static List<Operation> operations() {
    Map<String, Map<String, Object>> paths =
        given().get("/q/openapi?format=json").then().statusCode(200).extract().path("paths");
    List<Operation> operations = new ArrayList<>();
    paths.forEach(
        (path, methods) -> {
          if (path.startsWith("/api/v1")) {
            methods.keySet().stream()
                .filter(m -> WRITES.contains(m) || m.equals("get"))
                .forEach(m -> operations.add(new Operation(m, path)));
          }
        });
    assertFalse(operations.isEmpty(), "the OpenAPI document lists no operation");
    return operations;
  }

  /** How many operations a check covered with how many callers, for the test log. */
  private static void covered(String check, List<Operation> operations, int callers) {
    long writes = operations.stream().filter(Operation::write).count();
    System.out.printf(
        "Token contract, %s: %d operations (%d writes, %d public) x %d callers%n",
        check,
        operations.size(),
        writes,
        operations.stream().filter(Operation::open).count(),
        callers);
  }

  @Test
  public void aReadScopeReadsAsTheDevelopmentReaderAndIsRefusedEveryWrite() {
    String readScope =
        maskinporten().sign(maskinporten().maskinporten(READ_SCOPE, TANA_ORGANISATION));
    String reader = DevTokens.reader();
    List<Executable> checks = new ArrayList<>();
    List<Operation> operations = operations();
    covered("read scope and development reader", operations, 2);
    for (Operation op : operations) {
      if (op.open()) {
        continue;
      }
      int status = op.call(readScope).statusCode();
      if (op.write()) {
        checks.add(() -> assertEquals(403, status, op + " with a read scope"));
      } else {
        checks.add(() -> assertNotRefused(status, op + " with a read scope"));
      }
      int asReader = op.call(reader).statusCode();
      checks.add(() -> assertEquals(asReader, status, op + ": read scope as the reader token"));
    }
    assertAll(checks);
  }

  @Test
  public void theMinistrysSystemReadsAsTheDevelopmentKddToken() {
    String ministry = maskinporten().sign(maskinporten().maskinporten(MINISTRY_SCOPE, "972417858"));
    String kdd = DevTokens.kdd();
    List<Executable> checks = new ArrayList<>();
    List<Operation> operations = operations();
    covered("ministry scope and development kdd, reads", operations, 2);
    for (Operation op : operations) {
      if (op.write()) {
        continue;
      }
      int status = op.call(ministry).statusCode();
      int asKdd = op.call(kdd).statusCode();
      checks.add(() -> assertEquals(asKdd, status, op + ": ministry scope as the kdd token"));
      checks.add(() -> assertNotRefused(status, op + " with the ministry scope"));
    }
    assertAll(checks);
  }

  @Test
  public void aPersonRegisteredNowhereIsRefusedEverythingButThePublicEndpoints() {
    String person = idporten().sign(idporten().person(UUID.randomUUID().toString(), "01017012345"));
    List<Executable> checks = new ArrayList<>();
    List<Operation> operations = operations();
    covered("person registered nowhere", operations, 1);
    for (Operation op : operations) {
      Response r = op.call(person);
      if (op.open()) {
        checks.add(() -> assertNotRefused(r.statusCode(), op + " (public) as a person"));
      } else {
        checks.add(() -> assertEquals(403, r.statusCode(), op + " as a person registered nowhere"));
        checks.add(
            () -> assertEquals("/problems/forbidden", r.path("type"), op + ": a problem detail"));
      }
    }
    assertAll(checks);
  }

  @Test
  public void withoutATokenOnlyThePublicEndpointsAnswer() {
    List<Executable> checks = new ArrayList<>();
    List<Operation> operations = operations();
    covered("no token", operations, 1);
    for (Operation op : operations) {
      int status = op.call(null).statusCode();
      if (op.open()) {
        checks.add(() -> assertNotRefused(status, op + " (public) without a token"));
      } else {
        checks.add(() -> assertEquals(401, status, op + " without a token"));
      }
    }
    assertAll(checks);
  }

  @Test
  public void tokensThatMustNotPassAre401ProblemsWithoutAStackTrace() {
    Operation read =
        operations().stream().filter(o -> !o.write() && !o.open()).findFirst().orElseThrow();
    TestIssuer mp = maskinporten();
    long now = System.currentTimeMillis() / 1000;
    TestIssuer stranger =
        new TestIssuer("stranger", TestIssuer.Shape.MASKINPORTEN, TestIssuers.AUDIENCE);
    Map<String, String> tokens =
        Map.of(
            "expired",
            mp.sign(
                mp.maskinporten(READ_SCOPE, TANA_ORGANISATION)
                    .issuedAt(now - 900)
                    .expiresAt(now - 300)),
            "not yet valid",
            mp.sign(mp.maskinporten(READ_SCOPE, TANA_ORGANISATION).claim("nbf", now + 900)),
            "another audience",
            mp.sign(
                mp.maskinporten(READ_SCOPE, TANA_ORGANISATION)
                    .audience("https://other.example/api")),
            "an unknown issuer",
            stranger.sign(stranger.maskinporten(READ_SCOPE, TANA_ORGANISATION)),
            "signed with the other issuer's key",
            idporten().signAs(mp, idporten().maskinporten(READ_SCOPE, TANA_ORGANISATION)),
            "alg none",
            unsigned(mp.issuer(), now),
            "not a JWT",
            "not.a.token");
    List<Executable> checks = new ArrayList<>();
    tokens.forEach(
        (what, token) -> {
          Response r = read.call(token);
          checks.add(() -> assertEquals(401, r.statusCode(), read + " with a token " + what));
          checks.add(
              () ->
                  assertEquals(
                      "Bearer error=\"invalid_token\"",
                      r.header("WWW-Authenticate"),
                      what + ": the challenge"));
          checks.add(
              () -> assertEquals("/problems/unauthorized", r.path("type"), what + ": problem"));
          checks.add(
              () ->
                  assertFalse(
                      r.asString().contains("Exception") || r.asString().contains("\tat "),
                      what + ": no stack trace"));
        });
    assertAll(checks);
  }

  /** Not refused for want of a token or a role: anything but 401 and 403. */
  protected static void assertNotRefused(int status, String what) {
    assertTrue(status != 401 && status != 403, what + ": refused with " + status);
  }

  /** A token with {@code alg: none} and no signature, otherwise of Maskinporten's shape. */
  public static String unsigned(String issuer, long now) {
    Function<String, String> b64 =
        s ->
            Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(s.getBytes(StandardCharsets.UTF_8));
    return b64.apply("{\"alg\":\"none\",\"typ\":\"JWT\"}")
        + "."
        + b64.apply(
            "{\"iss\":\""
                + issuer
                + "\",\"aud\":\""
                + TestIssuers.AUDIENCE
                + "\",\"scope\":\""
                + READ_SCOPE
                + "\",\"iat\":"
                + now
                + ",\"exp\":"
                + (now + 120)
                + ",\"consumer\":{\"authority\":\"iso6523-actorid-upis\",\"ID\":\"0192:"
                + TANA_ORGANISATION
                + "\"}}")
        + ".";
  }
}
