package no.bygdevekst.localstack;

import static no.bygdevekst.localstack.ScenarioChecks.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The whole Vestre Varanger year, driven over HTTP only, as the people in it would: the agreement
 * is registered and signed; a municipality starts the 2025 action plan with measures under all six
 * sub-goals, the named partners consent, it is submitted and KDD approves it; KDD records the
 * year's appropriation and awards a grant, the municipality allocates it with its own resources,
 * KDD pays out a part; result targets and values are entered, the status report is published and
 * the portal sees it; then a revision removes a measure and lowers a budget, is approved, funding
 * flags what no longer fits and evaluation follows.
 *
 * <p>The data is {@code deploy/reference-data/vestre-varanger-2025.json}. Each step is made only
 * when the services do not show it yet, so that running it again against the same stack writes
 * nothing. Each step checks what the services answer and stops with a message on the first
 * surprise. Every change that must travel to another service through Kafka is polled for in that
 * service's API, and the delay is recorded ({@link Visibility}).
 */
public final class Scenario {
  static final String DATA = "deploy/reference-data/vestre-varanger-2025.json";
  static final Duration VISIBILITY_TIMEOUT = Duration.ofSeconds(60);

  /** What the scenario made, where it is, and how long each change took to travel. */
  public record Outcome(
      String agreementId,
      int year,
      String planId,
      String revisionId,
      String appropriationId,
      String grantId,
      List<Visibility.Timing> timings,
      String timingTable,
      int writes) {}

  private final StackConfig config;
  private final Api api;
  private final Visibility visibility = new Visibility(VISIBILITY_TIMEOUT);

  public Scenario(StackConfig config, HttpClient http) {
    this.config = config;
    this.api = new Api(http);
  }

  public Outcome run() throws IOException {
    JsonNode data = Api.JSON.readTree(config.root().resolve(DATA).toFile());
    int year = data.path("year").asInt();
    LocalStack.say("Loading the Vestre Varanger %d scenario (%s)", year, DATA);

    ReferenceData.Loaded agreement = new ReferenceData(config, api).load();
    String agreementId = agreement.agreementId();
    check(
        "ACTIVE".equals(agreement.status()), "the agreement is ACTIVE, not %s", agreement.status());
    PlanSteps plans = new PlanSteps(config, api, agreementId);
    FundingSteps funding = new FundingSteps(config, api, agreementId);
    EvaluationSteps evaluation = new EvaluationSteps(config, api, agreementId);

    String planId = startPlan(agreement, plans, evaluation, data, year);
    LocalStack.say("The %d action plan %s", year, planId);
    Long approved =
        completeRevision(
            plans,
            planId,
            data.path("plan").path("submittedBy").asText(),
            () -> plans.addMissingMeasures(planId, data.path("plan").path("measures")));
    JsonNode plan = plans.view(planId);
    check(
        "APPROVED".equals(plan.path("status").asText()),
        "revision 1 is APPROVED: %s",
        plan.path("status"));
    check(
        plan.path("subGoals").size() == 6,
        "revision 1 has measures under all six sub-goals: %s",
        plan.path("subGoals"));
    check(
        plan.path("measures").size() == data.path("plan").path("measures").size(),
        "revision 1 has every measure");
    awaitPlanElsewhere(approved, "plan approved (revision 1)", plans, funding, evaluation, year);

    LocalStack.say("Funding %d", year);
    String appropriationId = funding.appropriation(data.path("appropriation"));
    String grantId = funding.grant(year, appropriationId, data.path("grant"));
    funding.allocate(grantId, plan, data.path("allocations"));
    Long paid = funding.disburse(grantId, data.path("disbursement"));
    JsonNode money = funding.view(year);
    ScenarioChecks.checkMoney(money, plan, data);
    visibility.await(
        paid,
        new Visibility.Watch(
            "grant, allocations and payout",
            "funding",
            "evaluation",
            () ->
                ScenarioChecks.evaluationShowsMoney(
                    evaluation.attainment(year), funding.view(year))));

    LocalStack.say("Result targets and values for %d", year);
    evaluation.enterIndicators(data.path("indicators"));
    ScenarioChecks.checkStatusReport(
        evaluation.statusReport(year), evaluation.statusReportCsv(year));
    publish(evaluation, year, agreementId);
    checkPublic(plans, evaluation, agreementId, year);

    String revisionId = revise(plans, planId, data, year, funding, evaluation);
    String table = visibility.table();
    LocalStack.say(
        "%nThe Vestre Varanger %d scenario is loaded. Cross-service visibility (from the write's"
            + " answer until the other service's API showed it, polled every %d ms):%n%s",
        year, Visibility.POLL.toMillis(), table);
    return new Outcome(
        agreementId,
        year,
        planId,
        revisionId,
        appropriationId,
        grantId,
        visibility.timings(),
        table,
        api.writes());
  }

  /**
   * Starts the plan (or finds it) as soon as actionplan-service knows the signed agreement, and
   * waits for evaluation-service to know it too.
   */
  private String startPlan(
      ReferenceData.Loaded agreement,
      PlanSteps plans,
      EvaluationSteps evaluation,
      JsonNode data,
      int year) {
    JsonNode existing = plans.find(year, 1);
    AtomicReference<String> planId =
        new AtomicReference<>(existing == null ? null : existing.path("id").asText());
    String startedBy = data.path("plan").path("startedBy").asText();
    visibility.await(
        agreement.lastWriteNanos(),
        new Visibility.Watch(
            "agreement signed: a plan can be started",
            "agreement",
            "actionplan",
            () -> {
              if (planId.get() != null) {
                return null;
              }
              Api.Reply reply = plans.tryStart(year, startedBy);
              if (reply.status() != 201) {
                return reply.status() + " " + reply.text();
              }
              planId.set(reply.json().path("id").asText());
              return null;
            }),
        new Visibility.Watch(
            "agreement signed",
            "agreement",
            "evaluation",
            () -> {
              JsonNode attainment = evaluation.attainment(year);
              if (attainment == null) {
                return "404";
              }
              String status = attainment.path("agreementStatus").asText();
              return "ACTIVE".equals(status) ? null : "agreementStatus " + status;
            }));
    return planId.get();
  }

  /**
   * Takes a plan revision from where it is to APPROVED: edits and consents while it is a draft,
   * submission, approval. Returns when the approval was answered, or null if it was approved
   * already.
   */
  private Long completeRevision(PlanSteps plans, String planId, String submitter, Runnable edits) {
    String status = plans.view(planId).path("status").asText();
    if (status.equals("DRAFT") || status.equals("RETURNED")) {
      edits.run();
      plans.consentWhereMissing(planId);
      JsonNode readiness = plans.view(planId).path("readiness");
      check(readiness.path("ready").asBoolean(), "the plan is ready to submit: %s", readiness);
      plans.submit(planId, submitter);
      status = "SUBMITTED";
    }
    if (status.equals("SUBMITTED")) {
      return plans.approve(planId);
    }
    return null;
  }

  /** Waits until funding and evaluation both show the plan in force for the year. */
  private void awaitPlanElsewhere(
      Long approved,
      String step,
      PlanSteps plans,
      FundingSteps funding,
      EvaluationSteps evaluation,
      int year) {
    JsonNode inForce = plans.view(inForceId(plans, year));
    String inForceId = inForce.path("id").asText();
    visibility.await(
        approved,
        new Visibility.Watch(
            step,
            "actionplan",
            "funding",
            () -> {
              JsonNode view = funding.view(year);
              if (view == null) {
                return "404";
              }
              return inForceId.equals(view.path("plan").path("planId").asText())
                  ? null
                  : "plan " + view.path("plan");
            }),
        new Visibility.Watch(
            step,
            "actionplan",
            "evaluation",
            () -> ScenarioChecks.evaluationShowsPlan(evaluation.attainment(year), inForce)));
  }

  private static String inForceId(PlanSteps plans, int year) {
    for (int revision = 1; ; revision++) {
      JsonNode summary = plans.find(year, revision);
      if (summary == null) {
        throw new LocalStack.StackException("No approved action plan in force for " + year);
      }
      if (summary.path("inForce").asBoolean()) {
        return summary.path("id").asText();
      }
    }
  }

  private void publish(EvaluationSteps evaluation, int year, String agreementId) {
    Api.Reply before = evaluation.publicAttainment();
    boolean publishedNow = evaluation.publishStatus(year);
    if (publishedNow) {
      check(
          before.status() == 404,
          "the portal sees nothing of %s before a report is published: %d %s",
          agreementId,
          before.status(),
          before.text());
    }
  }

  /**
   * The portal's endpoints show the active agreement, approved plans and published reports only.
   */
  private void checkPublic(
      PlanSteps plans, EvaluationSteps evaluation, String agreementId, int year) {
    JsonNode agreements =
        api.get(config.url("agreement") + "/api/v1/public/agreements?size=100", null)
            .expect("read the public agreements", 200)
            .json();
    boolean listed = false;
    for (JsonNode a : agreements.path("items")) {
      String status = a.path("status").asText();
      check(
          Set.of("SIGNED", "ACTIVE", "CONCLUDED").contains(status),
          "no draft agreement is public: %s",
          a);
      listed |= agreementId.equals(a.path("id").asText()) && "ACTIVE".equals(status);
    }
    check(listed, "the public agreements list %s as ACTIVE: %s", agreementId, agreements);
    api.get(config.url("agreement") + "/api/v1/public/agreements/" + agreementId, null)
        .expect("read the public agreement", 200);

    for (JsonNode p : plans.publicPlans().path("items")) {
      JsonNode plan = plans.view(p.path("id").asText());
      check(
          "APPROVED".equals(plan.path("status").asText()),
          "only approved plans are public: %s",
          p.path("id"));
    }

    JsonNode attainment =
        evaluation.publicAttainment().expect("read the public attainment", 200).json();
    check(
        "ACTIVE".equals(attainment.path("status").asText()),
        "the public attainment is of the active agreement");
    boolean statusReport = false;
    for (JsonNode report : attainment.path("reports")) {
      check(!"FINAL".equals(report.path("kind").asText()), "no unpublished final report is public");
      statusReport |=
          "STATUS".equals(report.path("kind").asText()) && report.path("year").asInt() == year;
    }
    check(statusReport, "the published %d status report is public: %s", year, attainment);
    LocalStack.say(
        "  the portal sees the active agreement, approved plans and the published report");
  }

  /**
   * Revision 2: started, changed, consented, submitted, approved; funding and evaluation follow.
   */
  private String revise(
      PlanSteps plans,
      String planId,
      JsonNode data,
      int year,
      FundingSteps funding,
      EvaluationSteps evaluation) {
    JsonNode revision = data.path("revision");
    String by = revision.path("startedBy").asText();
    JsonNode existing = plans.find(year, 2);
    String revisionId = existing != null ? existing.path("id").asText() : plans.revise(planId, by);
    LocalStack.say("Revision 2 of the %d action plan: %s", year, revisionId);
    Long approved =
        completeRevision(
            plans,
            revisionId,
            revision.path("submittedBy").asText(),
            () -> {
              for (JsonNode p : plans.publicPlans().path("items")) {
                check(
                    !revisionId.equals(p.path("id").asText()), "the draft revision is not public");
              }
              revision
                  .path("removeMeasures")
                  .forEach(t -> plans.removeMeasure(revisionId, t.asText(), by));
              revision.path("changeMeasures").forEach(c -> plans.changeMeasure(revisionId, c, by));
            });
    JsonNode revised = plans.view(revisionId);
    check(
        "APPROVED".equals(revised.path("status").asText()) && revised.path("inForce").asBoolean(),
        "revision 2 is APPROVED and in force: %s %s",
        revised.path("status"),
        revised.path("inForce"));
    awaitPlanElsewhere(approved, "plan approved (revision 2)", plans, funding, evaluation, year);
    ScenarioChecks.checkFlags(funding.view(year), plans.view(planId), revised);
    return revisionId;
  }
}
