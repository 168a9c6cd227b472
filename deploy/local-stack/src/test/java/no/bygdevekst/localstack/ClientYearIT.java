package no.bygdevekst.localstack;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A whole year of an agreement driven only through the clients that openapi-generator makes of the
 * four services' OpenAPI documents (module api-contract), as another government system would:
 * register and sign the agreement, plan, measure, consent, submit and approve, see the plan in
 * funding, record the appropriation, award, allocate and pay out the grant, define a result target
 * and measure it, read, chart and publish the status report, and read the public attainment. No
 * hand-written JSON: the generated models in, the generated models out, and problem details (a 400
 * with its field list, 409s with their extension members, 401, 304) as the generated types their
 * operations declare. A document that stops describing what a service does breaks the build of
 * api-contract or this test.
 */
@ExtendWith(ScenarioStack.class)
class ClientYearIT {
  /** How long a change may take to reach another service through Kafka. */
  static final Duration PROPAGATION = Duration.ofSeconds(60);

  @Test
  void theWholeYearThroughGeneratedClients(StackProcess stack) throws Exception {
    Clients clients = new Clients(stack.config());
    long started = System.nanoTime();

    UUID agreementId = new ClientYearAgreement(clients).registerAndSign();
    ClientYearPlan.Approved plan =
        new ClientYearPlan(clients, PROPAGATION).planConsentSubmitApprove(agreementId);
    new ClientYearFunding(clients, PROPAGATION).awardAllocateDisburse(agreementId, plan);
    new ClientYearEvaluation(clients, PROPAGATION).measureReportPublish(agreementId);

    System.out.printf(
        "The year through the generated clients took %.1f s%n",
        (System.nanoTime() - started) / 1e9);
  }
}
