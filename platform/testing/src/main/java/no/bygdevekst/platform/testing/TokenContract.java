package no.bygdevekst.platform.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.bygdevekst.platform.testing.issuer.TestIssuer;
import no.bygdevekst.platform.testing.issuer.TestIssuers;
import org.eclipse.microprofile.config.ConfigProvider;
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

  /**
   * The roles each caller of the matrix holds, and the Maskinporten scope that gives it
   * (docs/security.md): every role as a system's token, verified like any other.
   */
  static final Map<String, String> ROLE_SCOPES =
      new TreeMap<>(
          Map.of(
              "kdd",
              MINISTRY_SCOPE,
              "municipality",
              "kdd:bygdevekst.municipality.write",
              "partner",
              "kdd:bygdevekst.partner.write",
              "reader",
              READ_SCOPE));

  /** The organisation each role's system acts for: Tana's, a partner's, KDD's, a reader's. */
  private static final Map<String, String> ROLE_ORGANISATIONS =
      Map.of(
          "kdd", "972417858",
          "municipality", TANA_ORGANISATION,
          "partner", "986399445",
          "reader", "974760673");

  private static final Pattern NEEDS =
      Pattern.compile(
          "Needs a bearer token (?:of any role|with (?:the role|one of the roles) ([^.]+))\\.");

  /** One operation with the roles its OpenAPI document says may call it (empty: public). */
  public record Documented(String id, Operation operation, Set<String> roles) {
    boolean open() {
      return roles.isEmpty();
    }
  }

  /**
   * Every operation under {@code /api/v1} with its documented roles, read from the description the
   * platform's OpenAPI filter writes from {@code @RolesAllowed} ("Needs a bearer token with ...").
   */
  protected static List<Documented> documented() {
    Map<String, Map<String, Map<String, Object>>> paths =
        given().get("/q/openapi?format=json").then().statusCode(200).extract().path("paths");
    List<Documented> documented = new ArrayList<>();
    new TreeMap<>(paths)
        .forEach(
            (path, methods) -> {
              if (!path.startsWith("/api/v1")) {
                return;
              }
              new TreeMap<>(methods)
                  .forEach(
                      (method, op) -> {
                        if (!WRITES.contains(method) && !method.equals("get")) {
                          return;
                        }
                        String description = String.valueOf(op.get("description"));
                        Matcher m = NEEDS.matcher(description);
                        Set<String> roles = new TreeSet<>();
                        if (m.find()) {
                          if (m.group(1) == null) {
                            roles.addAll(ROLE_SCOPES.keySet());
                          } else {
                            for (String role : m.group(1).split(",")) {
                              roles.add(role.strip());
                            }
                          }
                        } else {
                          assertTrue(
                              description.contains("Public: no token needed."),
                              method
                                  + " "
                                  + path
                                  + " says neither its roles nor that it is public");
                        }
                        documented.add(
                            new Documented(
                                String.valueOf(op.get("operationId")),
                                new Operation(method, path),
                                roles));
                      });
            });
    return documented;
  }

  /**
   * The role matrix: every operation of the document with a system's token of every role. A role
   * the document names for the operation passes the role check (the request then fails further on,
   * for an id that exists nowhere or a body of nothing: never 401 or 403); every other role is
   * refused with a 403 problem. The document's roles come from {@code @RolesAllowed}, so this
   * proves the tokens of each kind map to the roles the code asks for.
   */
  @Test
  public void everyRolePassesExactlyTheOperationsItsDocumentNamesIt() {
    List<Documented> operations = documented();
    Map<String, String> tokens = new TreeMap<>();
    ROLE_SCOPES.forEach(
        (role, scope) ->
            tokens.put(
                role,
                maskinporten()
                    .sign(maskinporten().maskinporten(scope, ROLE_ORGANISATIONS.get(role)))));
    List<Executable> checks = new ArrayList<>();
    int cells = 0;
    for (Documented d : operations) {
      for (var token : tokens.entrySet()) {
        cells++;
        Response r = d.operation().call(token.getValue());
        String what = d.operation() + " as " + token.getKey();
        if (d.open() || d.roles().contains(token.getKey())) {
          checks.add(() -> assertNotRefused(r.statusCode(), what));
        } else {
          checks.add(() -> assertEquals(403, r.statusCode(), what));
          checks.add(() -> assertEquals("/problems/forbidden", r.path("type"), what + ": problem"));
        }
      }
    }
    System.out.printf(
        "Role matrix of %s: %d operations x %d roles = %d calls%n",
        service(), operations.size(), tokens.size(), cells);
    assertAll(checks);
  }

  /**
   * docs/security.md lists every operation of the service with the roles and scopes that may call
   * it, between {@code <!-- endpoints:SERVICE -->} and {@code <!-- /endpoints -->}, exactly as this
   * test generates it from the OpenAPI document, so the page cannot drift from the code. When they
   * differ, the expected table is written to {@code target/security-endpoints.md}.
   */
  @Test
  public void theSecurityPageListsEveryOperationWithTheRolesThatMayCallIt() throws IOException {
    StringBuilder table = new StringBuilder();
    table.append("| operation | method and path | roles | scopes |\n|---|---|---|---|\n");
    for (Documented d : documented()) {
      String roles = d.open() ? "public" : String.join(", ", d.roles());
      String scopes =
          d.open()
              ? "none needed"
              : d.roles().stream()
                  .map(ROLE_SCOPES::get)
                  .map(s -> "`" + s.substring("kdd:bygdevekst.".length()) + "`")
                  .sorted()
                  .reduce((a, b) -> a + ", " + b)
                  .orElseThrow();
      table
          .append("| `")
          .append(d.id())
          .append("` | `")
          .append(d.operation())
          .append("` | ")
          .append(roles)
          .append(" | ")
          .append(scopes)
          .append(" |\n");
    }
    String expected = table.toString();
    Path page = Path.of("..", "docs", "security.md");
    String text = Files.readString(page);
    String start = "<!-- endpoints:" + service() + " -->\n";
    String end = "<!-- /endpoints -->";
    int from = text.indexOf(start);
    int to = from < 0 ? -1 : text.indexOf(end, from);
    String actual = from < 0 || to < 0 ? "" : text.substring(from + start.length(), to);
    if (!expected.equals(actual)) {
      Path written = Path.of("target", "security-endpoints.md");
      Files.createDirectories(written.getParent());
      Files.writeString(written, start + expected + end + "\n");
    }
    assertEquals(
        expected,
        actual,
        "docs/security.md, the endpoints of "
            + service()
            + ": replace the section with target/security-endpoints.md");
  }

  private static String service() {
    return ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
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
    // A pid of its own: another test of the run may have registered a person with a fixed one.
    String pid = String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
    String person = idporten().sign(idporten().person(UUID.randomUUID().toString(), pid));
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
