package no.bygdevekst.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.bygdevekst.platform.testing.DevTokens;
import no.bygdevekst.platform.testing.infra.Ports;
import org.junit.jupiter.api.Test;

/**
 * The run command's stack, as a newcomer starts it: it comes up with all four services ready and
 * the reference agreement active, goes down on a signal leaving no process behind, and a second
 * start reuses the data of the first.
 */
class LocalStackIT {
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void comesUpGoesDownCleanlyAndKeepsItsData() throws Exception {
    Map<String, String> env = StackProcess.freshEnvironment();

    String firstOutput = runOnce(env, true);
    assertTrue(firstOutput.contains("Registered the reference agreement"), firstOutput);
    assertTrue(firstOutput.contains("is ACTIVE"), firstOutput);

    String secondOutput = runOnce(env, false);
    assertFalse(
        secondOutput.contains("Registered the reference agreement"),
        "a second start finds it among more than a page of agreements: " + secondOutput);
    assertFalse(secondOutput.contains("Could not load"), secondOutput);
    assertTrue(secondOutput.contains("is ACTIVE"), secondOutput);
  }

  /**
   * More than one page (200) of other agreements, each starting after the reference agreement, so
   * that they come before it in the list: the next start must find it all the same.
   */
  private void registerMoreThanAPageOfAgreements(StackConfig config) throws Exception {
    String url = config.url("agreement") + "/api/v1/agreements";
    for (int i = 0; i < 201; i++) {
      String municipality = Integer.toString(3001 + i);
      String body =
          ("{\"title\": \"Testavtale %s\", \"pilotArea\": \"Testområde\","
                  + " \"period\": {\"from\": \"2025-01-01\", \"to\": \"2028-12-31\"},"
                  + " \"principalParties\": [{\"partyId\": \"%s\", \"kind\": \"MUNICIPALITY\","
                  + " \"name\": \"Kommune %s\"}, {\"partyId\": \"KDD\", \"kind\": \"MINISTRY\","
                  + " \"name\": \"Kommunal- og distriktsdepartementet\"}],"
                  + " \"subGoals\": [{\"number\": 1, \"title\": \"Øke boligbygging\"}]}")
              .formatted(municipality, municipality, municipality);
      HttpResponse<String> registered =
          http.send(
              HttpRequest.newBuilder(URI.create(url))
                  .header("Authorization", "Bearer " + DevTokens.kdd())
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(201, registered.statusCode(), registered.body());
    }
  }

  /**
   * As the README shows: a Maskinporten-shaped token from the local issuer reads; Tana's own system
   * is recognised as Tana (its signature exists already: 409, not 403) and refused Båtsfjord's; a
   * person registered nowhere reads only what is public.
   */
  private void tokensOfTheLocalIssuersWork(StackConfig config) throws Exception {
    String issuer = "http://127.0.0.1:" + config.issuerPort();
    String reader =
        token(issuer + "/maskinporten/token", "scope=kdd:bygdevekst.read&consumer=943505527");
    String agreements = config.url("agreement") + "/api/v1/agreements";
    HttpResponse<String> list = call("GET", agreements + "?municipality=5628", reader, null);
    assertEquals(200, list.statusCode(), list.body());
    String id = list.body().replaceFirst("(?s).*?\"id\"\s*:\s*\"([0-9a-f-]{36})\".*", "$1");
    String tana =
        token(
            issuer + "/maskinporten/token",
            "scope=kdd:bygdevekst.municipality.write&consumer=943505527");
    String body =
        "{\"partyId\":\"%s\",\"politicalDecisionDate\":\"2023-12-12\",\"signedBy\":\"Ordfører\"}";
    String signatures = agreements + "/" + id + "/signatures";
    assertEquals(409, call("POST", signatures, tana, body.formatted("5628")).statusCode());
    assertEquals(403, call("POST", signatures, tana, body.formatted("5632")).statusCode());
    assertEquals(403, call("POST", signatures, reader, body.formatted("5628")).statusCode());
    String person = token(issuer + "/idporten/token", "sub=newcomer");
    assertEquals(403, call("GET", agreements, person, null).statusCode());
    assertEquals(
        200,
        call("GET", config.url("agreement") + "/api/v1/public/agreements", person, null)
            .statusCode());
  }

  private String token(String endpoint, String form) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return response.body().replaceFirst(".*\"access_token\":\"([^\"]+)\".*", "$1");
  }

  private HttpResponse<String> call(String method, String url, String token, String json)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Starts the stack, checks it, stops it (with SIGTERM the first time, with the stop command the
   * second), and returns what it printed.
   */
  private String runOnce(Map<String, String> env, boolean first) throws Exception {
    try (StackProcess stack = StackProcess.up(env)) {
      Duration took = stack.awaitReady(Duration.ofMinutes(4));
      System.out.printf(
          "Local stack (%s start) ready in %.1f s%n",
          first ? "first" : "second", took.toMillis() / 1000.0);

      for (String service : StackConfig.SERVICES) {
        HttpResponse<String> ready =
            http.send(
                HttpRequest.newBuilder(URI.create(stack.config().url(service) + "/q/health/ready"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), service + ": " + ready.body());
        assertTrue(ready.body().contains("\"UP\""), ready.body());
      }

      if (first) {
        tokensOfTheLocalIssuersWork(stack.config());
      }

      // The stack records what it started; PostgreSQL daemonises, so it is not a descendant.
      List<ProcessHandle> processes = new ArrayList<>(stack.process().descendants().toList());
      List<String> recorded = stack.recordedChildren();
      assertEquals(6, recorded.size(), "postgres, kafka and four services: " + recorded);
      for (String pid : recorded) {
        ProcessHandle.of(Long.parseLong(pid.trim())).ifPresent(processes::add);
      }
      assertTrue(processes.stream().filter(ProcessHandle::isAlive).count() >= 6);
      if (first) {
        registerMoreThanAPageOfAgreements(stack.config());
        assertTrue(stack.stop(Duration.ofSeconds(90)), "stopped within 90 s:\n" + stack.output());
      } else {
        String said = stack.stopWithCommand(Duration.ofSeconds(90));
        assertTrue(said.contains("Stopping the stack (pid " + stack.process().pid() + ")"), said);
      }
      for (ProcessHandle p : processes) {
        p.onExit().get(10, TimeUnit.SECONDS);
        assertFalse(
            p.isAlive(), "left running: " + p.pid() + " " + p.info().commandLine().orElse(""));
      }
      for (String key : env.keySet()) {
        if (key.endsWith("_PORT")) {
          Ports.requireFree(Integer.parseInt(env.get(key)), key, key);
        }
      }
      assertFalse(Files.exists(stack.config().pidFile()));
      return stack.output();
    }
  }
}
