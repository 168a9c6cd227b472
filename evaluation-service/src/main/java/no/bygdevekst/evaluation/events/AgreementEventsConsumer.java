package no.bygdevekst.evaluation.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.bygdevekst.evaluation.agreement.AgreementProjection;
import no.bygdevekst.platform.inbox.EventHandlers;
import no.bygdevekst.platform.inbox.EventInbox;
import no.bygdevekst.platform.inbox.ReadModel;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the agreement read model from {@code bygdevekst.agreement.events}. */
@ApplicationScoped
public class AgreementEventsConsumer implements ReadModel.Source {
  static final String CONSUMER = "agreement-read-model";
  private static final String PREFIX = "no.bygdevekst.agreement.";

  private final EventInbox inbox;
  private final EventHandlers handlers;

  @Inject
  public AgreementEventsConsumer(EventInbox inbox, AgreementProjection projection) {
    this.inbox = inbox;
    EventHandlers.Builder builder = EventHandlers.builder();
    for (String name :
        new String[] {
          "AgreementRegistered",
          "AgreementSigned",
          "AgreementActivated",
          "AgreementAmended",
          "AgreementConcluded"
        }) {
      builder.on(
          PREFIX + name,
          AgreementState.class,
          (envelope, state) -> {
            Subjects.require(envelope, state.agreementId());
            projection.apply(state);
          });
    }
    this.handlers = builder.build();
  }

  @Incoming("agreement-events")
  @Blocking(ordered = true)
  public void consume(ConsumerRecord<String, byte[]> record) {
    inbox.process(CONSUMER, record, handlers);
  }

  @Override
  public ReadModel readModel() {
    return new ReadModel(
        "agreements",
        CONSUMER,
        "bygdevekst.agreement.events",
        handlers,
        List.of("agreement_view_sub_goal", "agreement_view_party", "agreement_view"));
  }
}
