package no.bygdevekst.funding;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.funding.Fixtures.SubGoal;
import no.bygdevekst.funding.plan.PlanProjection;
import no.bygdevekst.platform.inbox.EventInbox;
import no.bygdevekst.platform.testing.TestEvents;
import no.bygdevekst.platform.testing.tracing.RecordedSpans;
import no.bygdevekst.platform.testing.tracing.TestTrace;
import org.junit.jupiter.api.Test;

/**
 * funding's hop of a plan approval's trace: its consumer continues the trace the record carries.
 */
@QuarkusTest
class PlanApprovedTraceTest {
  @Inject EventInbox inbox;
  @Inject RecordedSpans spans;

  @Test
  void theConsumerOfPlanApprovedContinuesTheApprovalsTrace() {
    UUID agreementId = Fixtures.agreement(inbox);
    String json =
        Fixtures.planApprovedJson(
            UUID.randomUUID(),
            agreementId,
            2025,
            1,
            null,
            List.of(new SubGoal(1, 100_000_00L, 0)),
            List.of());
    TestTrace approval = TestTrace.random();
    UUID eventId = UUID.randomUUID();
    TestEvents.publish(
        eventId, "actionplan", "PlanApproved", 1, agreementId, json, approval.recordHeaders());
    Fixtures.awaitApplied(inbox, PlanProjection.CONSUMER, eventId);

    spans.assertContinued(
        approval,
        "bygdevekst.actionplan.events",
        PlanProjection.CONSUMER,
        eventId.toString(),
        Fixtures.EVENTS);
  }
}
