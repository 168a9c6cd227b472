package no.bygdevekst.funding.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.bygdevekst.funding.plan.PlanProjection;
import no.bygdevekst.platform.inbox.EventHandlers;
import no.bygdevekst.platform.inbox.EventInbox;
import no.bygdevekst.platform.inbox.ReadModel;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the approved plans from PlanApproved. The other plan events are known and deliberately
 * ignored: funding acts only on what KDD approved.
 */
@ApplicationScoped
public class ActionPlanEventsConsumer implements ReadModel.Source {
  public static final String CONSUMER = "plan-read-model";

  private final EventInbox inbox;
  private final EventHandlers handlers;

  @Inject
  public ActionPlanEventsConsumer(EventInbox inbox, PlanProjection projection) {
    this.inbox = inbox;
    this.handlers =
        EventHandlers.builder()
            .on(
                "no.bygdevekst.actionplan.PlanApproved",
                PlanApproved.class,
                (envelope, plan) -> projection.apply(envelope.id(), plan))
            .on("no.bygdevekst.actionplan.PlanSubmitted", PlanLifecycleEvent.class, (e, p) -> {})
            .on("no.bygdevekst.actionplan.PlanReturned", PlanLifecycleEvent.class, (e, p) -> {})
            .on("no.bygdevekst.actionplan.PlanRevised", PlanLifecycleEvent.class, (e, p) -> {})
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
