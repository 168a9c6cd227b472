package no.bygdevekst.evaluation.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.bygdevekst.evaluation.plan.PlanProjection;
import no.bygdevekst.platform.inbox.EventHandlers;
import no.bygdevekst.platform.inbox.EventInbox;
import no.bygdevekst.platform.inbox.ReadModel;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the approved plans from {@code bygdevekst.actionplan.events}. Only PlanApproved changes
 * what this service shows; the other plan events are known and deliberately ignored, so that they
 * are not dead-lettered as unknown.
 */
@ApplicationScoped
public class ActionPlanEventsConsumer implements ReadModel.Source {
  static final String CONSUMER = "plan-read-model";
  private static final String PREFIX = "no.bygdevekst.actionplan.";

  private final EventInbox inbox;
  private final EventHandlers handlers;

  @Inject
  public ActionPlanEventsConsumer(EventInbox inbox, PlanProjection projection) {
    this.inbox = inbox;
    this.handlers =
        EventHandlers.builder()
            .on(
                PREFIX + "PlanApproved",
                PlanApproved.class,
                (envelope, approved) -> {
                  Subjects.require(envelope, approved.agreementId());
                  projection.apply(approved);
                })
            .on(PREFIX + "PlanSubmitted", JsonNode.class, (envelope, ignored) -> {})
            .on(PREFIX + "PlanReturned", JsonNode.class, (envelope, ignored) -> {})
            .on(PREFIX + "PlanRevised", JsonNode.class, (envelope, ignored) -> {})
            .build();
  }

  @Incoming("actionplan-events")
  @Blocking(ordered = true)
  public void consume(ConsumerRecord<String, byte[]> record) {
    inbox.process(CONSUMER, record, handlers);
  }

  @Override
  public ReadModel readModel() {
    return new ReadModel(
        "approved-plans",
        CONSUMER,
        "bygdevekst.actionplan.events",
        handlers,
        List.of("approved_plan_measure", "approved_plan_sub_goal", "approved_plan"));
  }
}
