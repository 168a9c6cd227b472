package no.bygdevekst.actionplan.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.bygdevekst.actionplan.agreement.AgreementReadModel;
import no.bygdevekst.platform.events.CloudEvents;
import no.bygdevekst.platform.events.EventEnvelope;
import no.bygdevekst.platform.inbox.EventHandlers;
import no.bygdevekst.platform.inbox.EventInbox;
import no.bygdevekst.platform.inbox.PoisonEventException;
import no.bygdevekst.platform.inbox.ReadModel;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the agreement read model from {@code bygdevekst.agreement.events}. Every agreement event
 * carries the whole state, so all types are handled alike; the read model keeps the highest
 * version.
 */
@ApplicationScoped
public class AgreementEventsConsumer implements ReadModel.Source {
  public static final String CONSUMER = "agreement-read-model";
  static final String[] TYPES = {
    "AgreementRegistered",
    "AgreementSigned",
    "AgreementActivated",
    "AgreementAmended",
    "AgreementConcluded"
  };

  private final EventInbox inbox;
  private final EventHandlers handlers;

  @Inject
  public AgreementEventsConsumer(EventInbox inbox, AgreementReadModel readModel) {
    this.inbox = inbox;
    EventHandlers.Builder builder = EventHandlers.builder();
    for (String type : TYPES) {
      builder.on(
          CloudEvents.type("agreement", type),
          AgreementState.class,
          (envelope, state) -> {
            requireSameAgreement(envelope, state);
            readModel.apply(envelope.id(), state);
          });
    }
    this.handlers = builder.build();
  }

  @Incoming("agreement-events")
  @Blocking(ordered = true)
  public void consume(ConsumerRecord<String, byte[]> record) {
    inbox.process(CONSUMER, record, handlers);
  }

  private static void requireSameAgreement(EventEnvelope envelope, AgreementState state) {
    if (!state.agreementId().toString().equals(envelope.subject())) {
      throw new PoisonEventException(
          "Event "
              + envelope.id()
              + " is about agreement "
              + envelope.subject()
              + " but its data names "
              + state.agreementId());
    }
  }

  @Override
  public ReadModel readModel() {
    return new ReadModel(
        "agreements", CONSUMER, "bygdevekst.agreement.events", handlers, List.of("agreement_view"));
  }
}
