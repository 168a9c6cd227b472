package no.bygdevekst.evaluation.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.bygdevekst.evaluation.funding.FundingProjection;
import no.bygdevekst.platform.inbox.EventHandlers;
import no.bygdevekst.platform.inbox.EventInbox;
import no.bygdevekst.platform.inbox.ReadModel;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps each grant's totals from {@code bygdevekst.funding.events}: every funding event carries
 * them, so all four types are read the same way.
 */
@ApplicationScoped
public class FundingEventsConsumer implements ReadModel.Source {
  static final String CONSUMER = "funding-read-model";
  private static final String PREFIX = "no.bygdevekst.funding.";

  private final EventInbox inbox;
  private final EventHandlers handlers;

  @Inject
  public FundingEventsConsumer(EventInbox inbox, FundingProjection projection) {
    this.inbox = inbox;
    EventHandlers.Builder builder = EventHandlers.builder();
    for (String name :
        new String[] {
          "GrantAwarded", "FundsAllocated", "FundsReallocated", "DisbursementRecorded"
        }) {
      builder.on(
          PREFIX + name,
          GrantTotalsChanged.class,
          (envelope, totals) -> {
            Subjects.require(envelope, totals.agreementId());
            projection.apply(totals);
          });
    }
    this.handlers = builder.build();
  }

  @Incoming("funding-events")
  @Blocking(ordered = true)
  public void consume(ConsumerRecord<String, byte[]> record) {
    inbox.process(CONSUMER, record, handlers);
  }

  @Override
  public ReadModel readModel() {
    return new ReadModel(
        "grant-totals",
        CONSUMER,
        "bygdevekst.funding.events",
        handlers,
        List.of("grant_totals_sub_goal", "grant_totals"));
  }
}
