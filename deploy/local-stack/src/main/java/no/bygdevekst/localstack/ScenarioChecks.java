package no.bygdevekst.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the scenario expects the services to show after its steps. Each check stops the scenario
 * with a message naming what was expected and what was shown.
 */
final class ScenarioChecks {
  private ScenarioChecks() {}

  /** The funding view shows per sub-goal what was allocated and paid out, and nothing flagged. */
  static void checkMoney(JsonNode view, JsonNode plan, JsonNode data) {
    check(view.path("agreementTitle").isTextual(), "funding-service knows the agreement: %s", view);
    long granted = data.path("grant").path("amountOre").asLong();
    check(
        view.path("grantedOre").asLong() == granted,
        "the grant is %d øre: %s",
        granted,
        view.path("grantedOre"));
    for (int number = 1; number <= 6; number++) {
      long grant = 0;
      long own = 0;
      for (JsonNode line : data.path("allocations").path("lines")) {
        JsonNode measure = PlanSteps.measure(plan, line.path("measure").asText());
        if (measure.path("subGoalNumber").asInt() == number) {
          grant += line.path("grantAmountOre").asLong();
          own += line.path("ownResourcesOre").asLong();
        }
      }
      long paid = 0;
      for (JsonNode line : data.path("disbursement").path("lines")) {
        if (line.path("subGoalNumber").asInt() == number) {
          paid += line.path("amountOre").asLong();
        }
      }
      JsonNode subGoal = subGoal(view.path("subGoals"), "subGoalNumber", number);
      check(
          subGoal != null
              && subGoal.path("grantedOre").asLong() == grant
              && subGoal.path("ownResourcesOre").asLong() == own
              && subGoal.path("disbursedOre").asLong() == paid,
          "sub-goal %d has %d øre granted, %d own, %d paid out: %s",
          number,
          grant,
          own,
          paid,
          subGoal);
    }
  }

  /** null when evaluation's money per sub-goal equals funding's, else the first difference. */
  static String evaluationShowsMoney(JsonNode attainment, JsonNode funding) {
    if (attainment == null) {
      return "404";
    }
    for (JsonNode f : funding.path("subGoals")) {
      int number = f.path("subGoalNumber").asInt();
      JsonNode e = subGoal(attainment.path("subGoals"), "number", number);
      if (e == null) {
        return "no sub-goal " + number;
      }
      JsonNode money = e.path("money");
      if (money.path("allocatedOre").asLong() != f.path("grantedOre").asLong()
          || money.path("allocatedOwnResourcesOre").asLong() != f.path("ownResourcesOre").asLong()
          || money.path("disbursedOre").asLong() != f.path("disbursedOre").asLong()) {
        return "sub-goal " + number + " money " + money;
      }
    }
    return null;
  }

  /** null when evaluation shows the plan's money and measures per sub-goal, else a difference. */
  static String evaluationShowsPlan(JsonNode attainment, JsonNode plan) {
    if (attainment == null) {
      return "404";
    }
    for (JsonNode p : plan.path("subGoals")) {
      int number = p.path("subGoalNumber").asInt();
      JsonNode e = subGoal(attainment.path("subGoals"), "number", number);
      if (e == null) {
        return "no sub-goal " + number;
      }
      JsonNode money = e.path("money");
      if (money.path("plannedGrantOre").asLong() != p.path("grantRequestedOre").asLong()
          || money.path("plannedOwnResourcesOre").asLong() != p.path("ownResourcesOre").asLong()
          || e.path("measureCount").asInt() != p.path("measureCount").asInt()) {
        return "sub-goal " + number + ": " + e.path("measureCount") + " measures, " + money;
      }
    }
    return null;
  }

  /** Every sub-goal of the status report has money and a measured progress. */
  static void checkStatusReport(JsonNode report, String csv) {
    JsonNode subGoals = report.path("subGoals");
    check(subGoals.size() == 6, "the status report has six sub-goals: %s", subGoals);
    for (JsonNode s : subGoals) {
      JsonNode money = s.path("money");
      check(
          !"NO_DATA".equals(s.path("status").asText())
              && s.hasNonNull("progress")
              && s.path("measuredCount").asInt() == s.path("indicatorCount").asInt()
              && money.path("plannedGrantOre").asLong() > 0
              && money.path("allocatedOre").asLong() > 0
              && money.path("disbursedOre").asLong() > 0,
          "sub-goal %d of the status report has money and progress: %s",
          s.path("number").asInt(),
          s);
      LocalStack.say(
          "  sub-goal %d: %s (progress %s), planned %s, allocated %s, paid %s",
          s.path("number").asInt(),
          s.path("status").asText(),
          s.path("progress").asText(),
          FundingSteps.nok(money.path("plannedGrantOre").asLong()),
          FundingSteps.nok(money.path("allocatedOre").asLong()),
          FundingSteps.nok(money.path("disbursedOre").asLong()));
    }
    check(
        csv.lines().filter(l -> l.startsWith("Delmål;")).count() == 6,
        "the CSV has six sub-goal rows");
  }

  /**
   * After the revision, funding flags exactly this: grant money on a measure the plan no longer has
   * (MEASURE_NOT_IN_PLAN), and grant money above a sub-goal's new budget (ABOVE_PLAN_BUDGET).
   */
  static void checkFlags(JsonNode view, JsonNode before, JsonNode after) {
    check(
        view.path("plan").path("revision").asInt() == 2,
        "funding has revision 2: %s",
        view.path("plan"));
    check(view.path("needsReallocation").asBoolean(), "funding asks for a reallocation");
    for (JsonNode s : view.path("subGoals")) {
      int number = s.path("subGoalNumber").asInt();
      JsonNode budget = subGoal(after.path("subGoals"), "subGoalNumber", number);
      long excess =
          s.path("grantedOre").asLong()
              - (budget == null ? 0 : budget.path("grantRequestedOre").asLong());
      List<String> expected = new ArrayList<>();
      for (JsonNode m : s.path("measures")) {
        String measureId = m.path("measureId").asText(null);
        if (measureId != null
            && m.path("grantedOre").asLong() > 0
            && !measureIds(after).contains(measureId)
            && measureIds(before).contains(measureId)) {
          expected.add("MEASURE_NOT_IN_PLAN " + measureId + " " + m.path("grantedOre").asLong());
        }
      }
      if (excess > 0) {
        expected.add("ABOVE_PLAN_BUDGET " + excess);
      }
      List<String> actual = new ArrayList<>();
      for (JsonNode f : s.path("flags")) {
        String code = f.path("code").asText();
        actual.add(
            code
                + (code.equals("MEASURE_NOT_IN_PLAN") ? " " + f.path("measureId").asText() : "")
                + " "
                + f.path("amountOre").asLong());
      }
      check(
          new HashSet<>(actual).equals(new HashSet<>(expected)),
          "sub-goal %d is flagged %s, not %s",
          number,
          expected,
          actual);
      if (!actual.isEmpty()) {
        LocalStack.say("  funding flags sub-goal %d: %s", number, actual);
      }
    }
  }

  static Set<String> measureIds(JsonNode plan) {
    Set<String> ids = new HashSet<>();
    plan.path("measures").forEach(m -> ids.add(m.path("measureId").asText()));
    return ids;
  }

  static JsonNode subGoal(JsonNode list, String field, int number) {
    for (JsonNode s : list) {
      if (s.path(field).asInt() == number) {
        return s;
      }
    }
    return null;
  }

  static void check(boolean ok, String format, Object... args) {
    if (!ok) {
      throw new LocalStack.StackException("Scenario check failed: " + String.format(format, args));
    }
  }
}
