package no.bygdevekst.platform.probe;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import no.bygdevekst.platform.inbox.EventHandlers;
import no.bygdevekst.platform.inbox.EventInbox;
import no.bygdevekst.platform.inbox.ReadModel;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Counts, per agreement, the probe events applied: a redelivery must not count twice. */
@ApplicationScoped
public class ProbeProjection implements ReadModel.Source {
  public static final String CONSUMER = "probe-projection";

  @Inject EventInbox inbox;
  @Inject EntityManager em;

  private final EventHandlers handlers =
      EventHandlers.builder()
          .on("no.bygdevekst.probe.ProbeHappened", ProbeEvent.class, (e, p) -> apply(p))
          .build();

  @Incoming("probe-events")
  @Blocking(ordered = true)
  public void consume(ConsumerRecord<String, byte[]> record) {
    inbox.process(CONSUMER, record, handlers);
  }

  @Override
  public ReadModel readModel() {
    return new ReadModel(
        "probes", CONSUMER, "bygdevekst.probe.events", handlers, List.of("probe_projection"));
  }

  void apply(ProbeEvent event) {
    em.createNativeQuery(
            "insert into probe_projection (agreement_id, applied, last_value) values (?1, 1, ?2)"
                + " on conflict (agreement_id) do update set applied = probe_projection.applied + 1,"
                + " last_value = excluded.last_value")
        .setParameter(1, event.agreementId())
        .setParameter(2, event.value())
        .executeUpdate();
  }
}
