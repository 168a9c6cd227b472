package no.bygdevekst.platform.inbox;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import no.bygdevekst.platform.events.EventEnvelope;
import no.bygdevekst.platform.time.Times;
import org.jboss.logging.Logger;

/**
 * The one way a read model keeps another service's aggregate from its state-carrying events: a
 * state is written only when its version is newer than the one the row holds, under a lock on the
 * row, so that a replay, a repeat, a reordering or a rebuild running beside live consumption never
 * moves it backwards.
 *
 * <p>Two transactions that both find no row both insert one; the second fails on the primary key
 * and the inbox tries it again, when it finds (and locks) the row the first one wrote.
 */
@ApplicationScoped
@Unremovable // the handlers Agreements.readModel builds look it up when they apply an event
public class LatestVersions {
  private static final Logger LOG = Logger.getLogger(LatestVersions.class);

  private final EntityManager em;
  private final Clock clock;

  @Inject
  public LatestVersions(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /** Which event a row took its state from, and when. */
  public record Applied(UUID eventId, Instant at) {}

  /** Copies a state, with its version, into a row. */
  @FunctionalInterface
  public interface Hold<R, S> {
    void hold(R row, S state, Applied applied);
  }

  /**
   * Writes {@code version} of the aggregate {@code id}, from the event {@code event}, into its row
   * of {@code type}, unless the row holds that version or a newer one.
   *
   * @param create a new, empty row, which this method persists
   * @param hold copies the state, with its version, into the row
   * @return whether the row changed
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public <R extends VersionedRow, S> boolean apply(
      Class<R> type,
      Object id,
      long version,
      S state,
      EventEnvelope event,
      Supplier<R> create,
      Hold<R, S> hold) {
    R row = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
    if (row != null && row.version() >= version) {
      LOG.debugf(
          "%s %s: version %d ignored, version %d is held",
          type.getSimpleName(), id, version, row.version());
      return false;
    }
    boolean created = row == null;
    if (created) {
      row = create.get();
    }
    hold.hold(row, state, new Applied(event.id(), Times.now(clock)));
    if (row.version() != version) {
      throw new IllegalStateException(
          type.getSimpleName() + " " + id + " holds version " + row.version() + ", not " + version);
    }
    if (created) {
      em.persist(row);
    }
    return true;
  }
}
