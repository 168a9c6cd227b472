package no.bygdevekst.evaluation;

import static no.bygdevekst.evaluation.support.Fixtures.WAIT;
import static no.bygdevekst.evaluation.support.Fixtures.json;
import static no.bygdevekst.evaluation.support.Fixtures.measure;
import static no.bygdevekst.evaluation.support.Fixtures.planApproved;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.evaluation.plan.PlanProjection;
import no.bygdevekst.evaluation.support.Fixtures;
import no.bygdevekst.platform.inbox.EventInbox;
import no.bygdevekst.platform.testing.TestEvents;
import no.bygdevekst.platform.testing.tracing.RecordedSpans;
import no.bygdevekst.platform.testing.tracing.TestTrace;
import org.junit.jupiter.api.Test;

/** evaluation's hop of a plan approval's trace: its consumer continues the trace of the record. */
@QuarkusTest
class PlanApprovedTraceTest {
  @Inject EventInbox inbox;
  @Inject RecordedSpans spans;

  @Test
  void theConsumerOfPlanApprovedContinuesTheApprovalsTrace() {
    UUID agreementId = Fixtures.activeAgreement();
    TestTrace approval = TestTrace.random();
    UUID eventId = UUID.randomUUID();
    TestEvents.publish(
        eventId,
        "actionplan",
        "PlanApproved",
        1,
        agreementId,
        json(planApproved(agreementId, 2025, 1, List.of(measure(1, "Boligkoordinator", 1_000, 0)))),
        approval.recordHeaders());
    await().atMost(WAIT).until(() -> inbox.applied(PlanProjection.CONSUMER, eventId));

    spans.assertContinued(
        approval,
        "bygdevekst.actionplan.events",
        PlanProjection.CONSUMER,
        eventId.toString(),
        WAIT);
  }
}
