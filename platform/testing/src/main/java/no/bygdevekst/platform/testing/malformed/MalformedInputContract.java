package no.bygdevekst.platform.testing.malformed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import no.bygdevekst.platform.testing.DevTokens;
import no.bygdevekst.platform.testing.RawHttp;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every service proves about its edge: each write its OpenAPI document lists (POST, PUT,
 * PATCH, DELETE) refuses each malformed value, in each field of its body and in each of its path,
 * query and header parameters, with a 4xx problem detail that names no Java type, never a 500, and
 * writes nothing (every table of the service's database keeps its row count).
 *
 * <p>It is driven by {@code /q/openapi} alone, so an endpoint is covered the day it is added. A
 * service's test extends it under {@code @QuarkusTest}, inside the module's one Quarkus boot. For
 * each write it chooses the first token that gets past authorization ({@link #tokens}), so that the
 * malformed values reach validation, and it reports per write how far they got ({@code
 * target/malformed-input-<service>.txt}).
 */
public abstract class MalformedInputContract {
  /** Writes its JSON with every non-ASCII character escaped, an unpaired surrogate included. */
  static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());

  /** A package-qualified class name, or an exception's, in a response body. */
  private static final Pattern JAVA_TYPE =
      Pattern.compile(
          "\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z][A-Za-z0-9_$]*|\\bjava\\.|com\\.fasterxml|Exception\\b");

  /**
   * Real values for path parameters, such as the id of an agreement the test has seeded, so that
   * the malformed values meet the service's own checks too: by parameter name ({@code
   * agreementId}), or by the path up to the parameter ({@code /api/v1/grants/{id}}) where one name
   * means different things on different paths. Any other path parameter gets a random UUID.
   */
  protected Map<String, String> pathValues() {
    return Map.of();
  }

  private String pathValue(String path, String parameter) {
    String placeholder = "{" + parameter + "}";
    String prefix = path.substring(0, path.indexOf(placeholder) + placeholder.length());
    Map<String, String> values = pathValues();
    return values.getOrDefault(prefix, values.get(parameter));
  }

  /**
   * The tokens to try, by role; a write first tries those of the roles its security requirement
   * names. Municipality and partner tokens are those of the Vestre Varanger parties.
   */
  protected Map<String, String> tokens() {
    Map<String, String> tokens = new LinkedHashMap<>();
    tokens.put("kdd", DevTokens.kdd());
    tokens.put("municipality", DevTokens.municipality("5628"));
    tokens.put("partner", DevTokens.partner("830090282"));
    tokens.put("reader", DevTokens.reader());
    return tokens;
  }

  @Test
  public void everyWriteRefusesMalformedInputWithAProblemAndWritesNothing() throws IOException {
    JsonNode document =
        JSON.readTree(
            given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    Schemas schemas = new Schemas(document);
    Samples samples = new Samples(schemas);
    List<WriteOperation> writes = WriteOperation.of(document, schemas);
    assertFalse(writes.isEmpty(), "the OpenAPI document lists no write");
    Report report =
        new Report(
            ConfigProvider.getConfig()
                .getOptionalValue("bygdevekst.events.service", String.class)
                .orElse("unnamed"));
    List<String> failures = new ArrayList<>();
    for (WriteOperation write : writes) {
      Optional<String> role = roleFor(write);
      String token = tokens().get(role.orElse(tokens().keySet().iterator().next()));
      List<Cases.Case> cases = new Cases(samples, this::pathValue).of(write);
      List<String> written = new ArrayList<>();
      List<Outcome> outcomes = sendWritingNothing(write, token, cases, written);
      if (!written.isEmpty()) {
        failures.add(write.name() + " wrote although every request was malformed: " + written);
      }
      outcomes.stream().map(Outcome::failure).flatMap(Optional::stream).forEach(failures::add);
      report.add(write, role, outcomes);
    }
    report.write();
    assertTrue(
        failures.isEmpty(),
        failures.size()
            + " malformed requests were not refused as they should be:\n  "
            + String.join("\n  ", failures.subList(0, Math.min(40, failures.size()))));
  }

  /**
   * Sends the cases, comparing row counts before and after; an event or a scheduled job may write
   * meanwhile, so a difference is checked once more with the cases sent again.
   */
  private List<Outcome> sendWritingNothing(
      WriteOperation write, String token, List<Cases.Case> cases, List<String> written) {
    List<Outcome> outcomes = List.of();
    for (int attempt = 0; attempt < 2; attempt++) {
      Map<String, Long> before = TableCounts.whenQuiet(300);
      outcomes = cases.stream().map(c -> Outcome.of(write, c, c.send(write, token))).toList();
      List<String> changed = TableCounts.differences(before, TableCounts.now());
      written.clear();
      written.addAll(changed);
      if (changed.isEmpty()) {
        break;
      }
    }
    return outcomes;
  }

  /**
   * The first role whose token gets past authorization, its named roles first: each is tried with a
   * request that cannot write (random ids and an unreadable body). A write without a body is not
   * tried, since a request to it may succeed: it gets the first role it names.
   */
  private Optional<String> roleFor(WriteOperation write) {
    List<String> order = new ArrayList<>(write.roles());
    if (write.body() == null) {
      return order.stream().filter(tokens()::containsKey).findFirst();
    }
    tokens().keySet().stream().filter(r -> !order.contains(r)).forEach(order::add);
    for (String role : order) {
      String token = tokens().get(role);
      if (token == null) {
        continue;
      }
      RawHttp.Answer probe = Cases.probe(write, token);
      if (probe.status() != 401 && probe.status() != 403) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  /** What one malformed request got, and what is wrong with that, if anything. */
  record Outcome(Cases.Case sent, int status, boolean named, Optional<String> failure) {
    static Outcome of(WriteOperation write, Cases.Case sent, RawHttp.Answer answer) {
      String where = write.name() + " " + sent.describe();
      String failure = null;
      if (answer.status() < 400 || answer.status() >= 500) {
        failure = where + " answered " + answer.status() + ": " + abbreviated(answer.body());
      } else if (!answer.contentType().startsWith("application/problem+json")) {
        failure = where + " answered " + answer.status() + " without a problem detail";
      } else if (JAVA_TYPE.matcher(answer.body()).find()) {
        failure = where + " names a Java type: " + abbreviated(answer.body());
      }
      boolean named = answer.status() == 400 && sent.namedBy(answer.body());
      return new Outcome(sent, answer.status(), named, Optional.ofNullable(failure));
    }

    private static String abbreviated(String body) {
      return body.length() > 400 ? body.substring(0, 400) + "..." : body;
    }
  }
}
