package no.bygdevekst.funding.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.bygdevekst.funding.agreement.AgreementProjection;
import no.bygdevekst.platform.inbox.EventHandlers;
import no.bygdevekst.platform.inbox.EventInbox;
import no.bygdevekst.platform.inbox.ReadModel;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the agreement read model from every agreement event (each carries the whole state). */
@ApplicationScoped
public class AgreementEventsConsumer implements ReadModel.Source {
  static final String CONSUMER = "agreement-read-model";
  private static final String[] TYPES = {
    "AgreementRegistered",
    "AgreementSigned",
    "AgreementActivated",
    "AgreementAmended",
    "AgreementConcluded"
  };

  private final EventInbox inbox;
  private final EventHandlers handlers;

  @Inject
  public AgreementEventsConsumer(EventInbox inbox, AgreementProjection projection) {
    this.inbox = inbox;
    EventHandlers.Builder builder = EventHandlers.builder();
    for (String type : TYPES) {
      builder.on(
          "no.bygdevekst.agreement." + type,
          AgreementState.class,
          (envelope, state) -> projection.apply(state));
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
