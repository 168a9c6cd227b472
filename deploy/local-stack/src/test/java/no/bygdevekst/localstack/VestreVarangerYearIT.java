package no.bygdevekst.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import no.bygdevekst.platform.testing.DevTokens;
import no.bygdevekst.platform.testing.tracing.OtlpReceiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole Vestre Varanger 2025 year across the four packaged services, started as {@code
 * ./bygdevekst run --with-scenario} starts them: the stack loads the {@link Scenario} (which checks
 * each step as it goes and measures how long each change took to reach the other services); this
 * test then runs the scenario again, which must write nothing, checks the year's end state through
 * every service's API, puts drafts beside it that the public must not see, and tries the curl
 * commands the stack printed. The stack is shared with {@link ClientYearIT} ({@link
 * ScenarioStack}), whose agreement may be there too.
 */
@ExtendWith(ScenarioStack.class)
class VestreVarangerYearIT {
  /** Thousands of kroner, in øre. */
  static long kkr(long thousands) {
    return thousands * 100_000L;
  }

  final Api api = new Api(HttpClient.newHttpClient());

  @Test
  void theWholeYearOverHttp(StackProcess stack, OtlpReceiver collector) throws Exception {
    String output = stack.output();
    String table = timingTable(output);
    System.out.println("Cross-service visibility, measured by the stack's run:\n" + table);
    System.out.println(output.substring(output.indexOf("Try:")));
    assertEquals(7, table.lines().count() - 1, table);
    assertFalse(table.contains("(there)"), "a fresh stack has nothing there already:\n" + table);

    StackConfig config = stack.config();
    Scenario.Outcome again = new Scenario(config, HttpClient.newHttpClient()).run();
    assertEquals(0, again.writes(), "a second run finds every step done and writes nothing");
    assertTrue(again.timings().stream().allMatch(Visibility.Timing::alreadyVisible));

    Urls urls = new Urls(config, again.agreementId());
    assertAgreement(urls);
    assertPlans(urls, again);
    assertFunding(urls, again);
    assertEvaluation(urls, again);
    assertPublicShowsNoDraft(urls, again);
    assertPrintedCurlCommandsWork(output, config.tokensFile());
    assertOneTraceFromTheApprovalIntoFundingAndEvaluation(collector);
  }

  /**
   * The plan approval's trace crosses the processes: actionplan-service's request and its relay's
   * send, then funding's and evaluation's processing of PlanApproved, all under one trace id.
   */
  private static void assertOneTraceFromTheApprovalIntoFundingAndEvaluation(
      OtlpReceiver collector) {
    String approval = "POST /api/v1/action-plans/{id}/approval";
    List<OtlpReceiver.ReceivedSpan> approvals =
        collector.await(
            s -> s.service().equals("actionplan-service") && s.name().equals(approval),
            Duration.ofSeconds(60));
    String topic = "bygdevekst.actionplan.events";
    for (OtlpReceiver.ReceivedSpan request : approvals) {
      String trace = request.traceId();
      OtlpReceiver.ReceivedSpan send =
          collector
              .await(
                  s ->
                      s.traceId().equals(trace)
                          && s.service().equals("actionplan-service")
                          && s.name().equals("send " + topic),
                  Duration.ofSeconds(60))
              .get(0);
      assertEquals(request.spanId(), send.parentSpanId(), "the send is the approval's child");
      for (String consumer : List.of("funding-service", "evaluation-service")) {
        List<OtlpReceiver.ReceivedSpan> processed =
            collector.await(
                s ->
                    s.traceId().equals(trace)
                        && s.service().equals(consumer)
                        && s.name().equals("process " + topic),
                Duration.ofSeconds(60));
        assertTrue(
            processed.stream().anyMatch(s -> s.parentSpanId().equals(send.spanId())),
            consumer + " continues the approval's trace from the send: " + processed);
      }
    }
    System.out.printf(
        "One trace per plan approval across the services: %d approvals, %d spans received%n",
        approvals.size(), collector.spans().size());
  }

  record Urls(StackConfig config, String agreementId) {
    String of(String service, String path) {
      return config.url(service) + "/api/v1" + path;
    }
  }

  private void assertAgreement(Urls urls) {
    JsonNode agreement =
        api.get(urls.of("agreement", "/agreements/" + urls.agreementId()), DevTokens.reader())
            .expect("read the agreement", 200)
            .json();
    assertEquals("ACTIVE", agreement.path("status").asText());
    assertEquals(5, agreement.path("signatures").size(), "all five principal parties signed");
    assertEquals(6, agreement.path("subGoals").size());
  }

  private void assertPlans(Urls urls, Scenario.Outcome outcome) {
    JsonNode first = plan(urls, outcome.planId());
    JsonNode second = plan(urls, outcome.revisionId());
    assertEquals("APPROVED", first.path("status").asText());
    assertFalse(first.path("inForce").asBoolean(), "revision 1 is superseded");
    assertEquals(outcome.revisionId(), first.path("supersededByPlanId").asText());
    assertEquals(8, first.path("measures").size());
    assertEquals(6, first.path("subGoals").size(), "measures under all six sub-goals");
    assertEquals(kkr(5100), first.path("totalGrantRequestedOre").asLong());

    assertEquals("APPROVED", second.path("status").asText());
    assertEquals(2, second.path("revision").asInt());
    assertTrue(second.path("inForce").asBoolean());
    assertEquals(7, second.path("measures").size(), "one measure removed");
    assertNull(
        PlanSteps.measure(second, "Mulighetsstudie for sjømat og reiseliv i Varangerfjorden"));
    assertEquals(kkr(1300), subGoal(second, 1).path("grantRequestedOre").asLong());
    assertEquals(kkr(500), subGoal(second, 3).path("grantRequestedOre").asLong());
    assertEquals(1, subGoal(second, 3).path("measureCount").asInt());
    // Each named partner consented to each sub-goal it is named under, in both revisions.
    for (JsonNode plan : List.of(first, second)) {
      assertEquals(11, plan.path("consents").size(), plan.path("consents").toString());
      plan.path("consents").forEach(c -> assertEquals("CONSENT", c.path("decision").asText()));
    }
  }

  /** Per sub-goal: grant allocated, own resources, paid out, the budget of revision 2, flags. */
  private void assertFunding(Urls urls, Scenario.Outcome outcome) {
    JsonNode view =
        api.get(
                urls.of("funding", "/agreements/" + urls.agreementId() + "/funding?year=2025"),
                DevTokens.reader())
            .expect("read the funding view", 200)
            .json();
    assertEquals(outcome.grantId(), view.path("grantId").asText());
    assertEquals(2, view.path("plan").path("revision").asInt());
    assertEquals(kkr(5100), view.path("grantedOre").asLong());
    assertEquals(kkr(5100), view.path("allocatedOre").asLong());
    assertEquals(kkr(1550), view.path("ownResourcesOre").asLong());
    assertEquals(kkr(2375), view.path("disbursedOre").asLong());
    assertEquals(kkr(2725), view.path("remainingOre").asLong());
    assertTrue(view.path("needsReallocation").asBoolean());

    String removed =
        PlanSteps.measure(
                plan(urls, outcome.planId()),
                "Mulighetsstudie for sjømat og reiseliv i Varangerfjorden")
            .path("measureId")
            .asText();
    long[][] expected = { // granted, own, paid, budget in revision 2, in 1 000 kr
      {1500, 400, 750, 1300},
      {1200, 400, 600, 1200},
      {850, 150, 250, 500},
      {700, 200, 350, 700},
      {450, 300, 225, 450},
      {400, 100, 200, 400}
    };
    Map<Integer, Set<String>> flags =
        Map.of(
            1, Set.of("ABOVE_PLAN_BUDGET " + kkr(200)),
            3,
                Set.of(
                    "MEASURE_NOT_IN_PLAN " + removed + " " + kkr(350),
                    "ABOVE_PLAN_BUDGET " + kkr(350)));
    for (int number = 1; number <= 6; number++) {
      JsonNode s = subGoal(view, number);
      long[] e = expected[number - 1];
      assertEquals(kkr(e[0]), s.path("grantedOre").asLong(), "granted, sub-goal " + number);
      assertEquals(kkr(e[1]), s.path("ownResourcesOre").asLong(), "own, sub-goal " + number);
      assertEquals(kkr(e[2]), s.path("disbursedOre").asLong(), "paid, sub-goal " + number);
      assertEquals(kkr(e[3]), s.path("budgetOre").asLong(), "budget, sub-goal " + number);
      Set<String> actual = new HashSet<>();
      for (JsonNode f : s.path("flags")) {
        String code = f.path("code").asText();
        actual.add(
            code
                + (code.equals("MEASURE_NOT_IN_PLAN") ? " " + f.path("measureId").asText() : "")
                + " "
                + f.path("amountOre").asLong());
      }
      assertEquals(flags.getOrDefault(number, Set.of()), actual, "flags of sub-goal " + number);
    }

    JsonNode ledger =
        api.get(
                urls.of("funding", "/grants/" + outcome.grantId() + "/ledger?size=100"),
                DevTokens.reader())
            .expect("read the ledger", 200)
            .json();
    assertEquals(
        1 + 8 + 6,
        ledger.path("totalItems").asLong(),
        "award, 8 allocations, 6 payout lines: once each");
  }

  /** Attainment per sub-goal as judged from the values entered, beside revision 2's money. */
  private void assertEvaluation(Urls urls, Scenario.Outcome outcome) {
    JsonNode attainment =
        api.get(
                urls.of(
                    "evaluation", "/agreements/" + urls.agreementId() + "/attainment?year=2025"),
                DevTokens.kdd())
            .expect("read the attainment", 200)
            .json();
    String[][] expected = {
      {"AT_RISK", "0.8333"}, {"ON_TRACK", "1"}, {"ON_TRACK", "1"},
      {"OFF_TRACK", "0.4375"}, {"AT_RISK", "0.8889"}, {"ON_TRACK", "0.9231"}
    };
    long[] planned = {1300, 1200, 500, 700, 450, 400}; // revision 2, in 1 000 kr
    for (int number = 1; number <= 6; number++) {
      JsonNode s = subGoalOf(attainment.path("subGoals"), "number", number);
      assertEquals(expected[number - 1][0], s.path("status").asText(), "status of " + number);
      assertEquals(
          0,
          new BigDecimal(expected[number - 1][1])
              .compareTo(new BigDecimal(s.path("progress").asText())),
          "progress of " + number + ": " + s.path("progress"));
      assertEquals(kkr(planned[number - 1]), s.path("money").path("plannedGrantOre").asLong());
    }
    JsonNode sg3 = subGoalOf(attainment.path("subGoals"), "number", 3);
    assertEquals(1, sg3.path("measureCount").asInt(), "evaluation follows revision 2");
    assertEquals(kkr(850), sg3.path("money").path("allocatedOre").asLong());
    assertEquals(kkr(250), sg3.path("money").path("disbursedOre").asLong());

    JsonNode report =
        api.get(
                urls.of(
                    "evaluation",
                    "/agreements/" + urls.agreementId() + "/reports/status?year=2025"),
                DevTokens.reader())
            .expect("read the status report", 200)
            .json();
    assertEquals(6, report.path("subGoals").size());
    report
        .path("subGoals")
        .forEach(
            s -> {
              assertNotNull(s.get("progress"), s.toString());
              assertTrue(s.path("money").path("disbursedOre").asLong() > 0, s.toString());
            });
  }

  /**
   * Beside the year, a draft agreement and a draft revision 3: the portal sees the active
   * agreement, the approved revisions and the report as it was published, and none of the drafts.
   */
  private void assertPublicShowsNoDraft(Urls urls, Scenario.Outcome outcome) throws Exception {
    ObjectNode next =
        (ObjectNode) Api.JSON.readTree(StackProcess.ROOT.resolve(ReferenceData.AGREEMENT).toFile());
    next.put("title", "Bygdevekstavtale for Vestre Varanger 2028–2031");
    next.putObject("period").put("from", "2028-01-01").put("to", "2031-12-31");
    String draftAgreement =
        api.post(urls.of("agreement", "/agreements"), DevTokens.kdd(), next)
            .expect("register a draft agreement", 201)
            .json()
            .path("id")
            .asText();
    String draftPlan =
        api.post(
                urls.of("actionplan", "/action-plans/" + outcome.revisionId() + "/revisions"),
                DevTokens.municipality("5630"),
                null)
            .expect("start revision 3", 201)
            .json()
            .path("id")
            .asText();

    JsonNode agreements =
        api.get(urls.of("agreement", "/public/agreements?size=100"), null)
            .expect("read the public agreements", 200)
            .json();
    List<String> listed = new ArrayList<>();
    agreements
        .path("items")
        .forEach(a -> listed.add(a.path("id").asText() + " " + a.path("status").asText()));
    assertTrue(listed.contains(urls.agreementId() + " ACTIVE"), listed.toString());
    assertTrue(listed.stream().noneMatch(a -> a.endsWith(" DRAFT")), listed.toString());
    assertTrue(listed.stream().noneMatch(a -> a.startsWith(draftAgreement)), listed.toString());
    assertEquals(
        404, api.get(urls.of("agreement", "/public/agreements/" + draftAgreement), null).status());
    Api.Reply agreement =
        api.get(urls.of("agreement", "/public/agreements/" + urls.agreementId()), null);
    assertEquals(200, agreement.status());
    assertNotNull(agreement.header("ETag"));
    assertNotNull(agreement.header("Cache-Control"));

    Api.Reply plans =
        api.get(
                urls.of("actionplan", "/public/agreements/" + urls.agreementId() + "/action-plans"),
                null)
            .expect("read the public plans", 200);
    Set<String> planIds = new HashSet<>();
    plans.json().path("items").forEach(p -> planIds.add(p.path("id").asText()));
    assertEquals(
        Set.of(outcome.planId(), outcome.revisionId()), planIds, "approved revisions only");
    assertFalse(planIds.contains(draftPlan));

    Api.Reply published =
        api.get(
                urls.of("evaluation", "/public/agreements/" + urls.agreementId() + "/attainment"),
                null)
            .expect("read the public attainment", 200);
    assertNotNull(published.header("ETag"));
    assertNotNull(published.header("Cache-Control"));
    JsonNode reports = published.json().path("reports");
    assertEquals(
        1, reports.size(), "the published status report only, no final report: " + reports);
    assertEquals("STATUS", reports.get(0).path("kind").asText());
    assertEquals(2025, reports.get(0).path("year").asInt());
    // As published, before the revision: sub-goal 1 still with revision 1's budget.
    JsonNode sg1 = subGoalOf(reports.get(0).path("report").path("subGoals"), "number", 1);
    assertEquals(kkr(1500), sg1.path("money").path("plannedGrantOre").asLong());
    assertEquals(
        404,
        api.get(urls.of("evaluation", "/public/agreements/" + draftAgreement + "/attainment"), null)
            .status());
  }

  /** Each curl command the stack printed answers 200 as printed, with the tokens file sourced. */
  private void assertPrintedCurlCommandsWork(String output, Path tokens) throws Exception {
    List<String> commands =
        output.lines().map(String::strip).filter(l -> l.startsWith("curl ")).toList();
    assertTrue(commands.size() >= 6, "the stack printed curl commands:\n" + output);
    if (!onPath("curl")) {
      System.out.println("curl is not installed here; the printed commands were not tried");
      return;
    }
    for (String command : commands) {
      Process curl =
          new ProcessBuilder(
                  "bash",
                  "-c",
                  "source '" + tokens + "' && " + command + " -o /dev/null -w '%{http_code}'")
              .redirectErrorStream(true)
              .start();
      assertTrue(curl.waitFor(30, TimeUnit.SECONDS), command);
      String status = new String(curl.getInputStream().readAllBytes()).strip();
      assertEquals("200", status, command);
    }
  }

  private JsonNode plan(Urls urls, String id) {
    return api.get(urls.of("actionplan", "/action-plans/" + id), DevTokens.reader())
        .expect("read plan " + id, 200)
        .json();
  }

  private static JsonNode subGoal(JsonNode planOrView, int number) {
    return subGoalOf(planOrView.path("subGoals"), "subGoalNumber", number);
  }

  private static JsonNode subGoalOf(JsonNode list, String field, int number) {
    for (JsonNode s : list) {
      if (s.path(field).asInt() == number) {
        return s;
      }
    }
    throw new AssertionError("no sub-goal " + number + " in " + list);
  }

  /** The timing table the stack printed: its header and one line per measured step. */
  private static String timingTable(String output) {
    List<String> lines = output.lines().toList();
    int header = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().startsWith("step ") && lines.get(i).contains("from -> to")) {
        header = i;
      }
    }
    assertTrue(header >= 0, "the stack printed the timing table:\n" + output);
    StringBuilder table = new StringBuilder();
    for (int i = header; i < lines.size() && !lines.get(i).isBlank(); i++) {
      table.append(lines.get(i)).append('\n');
    }
    return table.toString();
  }

  private static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
