package no.bygdevekst.platform.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import no.bygdevekst.platform.inbox.ReadModel;

/** Counts, per agreement, the probe events applied: a redelivery must not count twice. */
@ApplicationScoped
public class ProbeProjection implements ReadModel.Source {
  public static final String CONSUMER = "probe-projection";

  @Inject EntityManager em;

  @Override
  public ReadModel readModel() {
    return ReadModel.of("probes", CONSUMER, "probe")
        .on("ProbeHappened", ProbeEvent.class, (event, probe) -> apply(probe))
        .ignoring("ProbeNoticed")
        .tables("probe_projection");
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
