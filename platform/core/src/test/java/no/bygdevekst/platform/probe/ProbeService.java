package no.bygdevekst.platform.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import no.bygdevekst.platform.audit.AuditTrail;
import no.bygdevekst.platform.http.ETags;
import no.bygdevekst.platform.outbox.Outbox;
import no.bygdevekst.platform.problem.Problems;

@ApplicationScoped
public class ProbeService {
  @Inject EntityManager em;
  @Inject Outbox outbox;
  @Inject AuditTrail audit;

  @Transactional
  public ProbeItem create(ProbeRequest request) {
    ProbeItem item = new ProbeItem();
    item.id = UUID.randomUUID();
    item.name = request.name();
    item.kind = request.kind();
    em.persist(item);
    audit.record("ProbeCreated", "Probe", item.id, request);
    return item;
  }

  @Transactional
  public ProbeItem find(UUID id) {
    ProbeItem item = em.find(ProbeItem.class, id);
    if (item == null) {
      throw Problems.notFound("Probe", id);
    }
    return item;
  }

  /**
   * Renames after checking {@code ifMatch}; {@code pauseMillis} holds the transaction open after
   * the check, so that a test can make two writers race deterministically.
   */
  @Transactional
  public ProbeItem rename(UUID id, String ifMatch, String name, long pauseMillis) {
    ProbeItem item = find(id);
    ETags.requireMatch(ifMatch, item.version);
    item.name = name;
    if (pauseMillis > 0) {
      try {
        Thread.sleep(pauseMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    em.flush();
    return item;
  }

  /** Records events for one agreement; with {@code fail}, the transaction rolls back afterwards. */
  @Transactional
  public void emit(UUID agreementId, int count, boolean fail) {
    for (int i = 0; i < count; i++) {
      outbox.record(agreementId, "ProbeHappened", 1, new ProbeEvent(agreementId, i));
    }
    if (fail) {
      throw Problems.conflict("Failing on purpose after writing " + count + " events");
    }
  }
}
