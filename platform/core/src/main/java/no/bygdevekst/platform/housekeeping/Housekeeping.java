package no.bygdevekst.platform.housekeeping;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import no.bygdevekst.platform.db.AdvisoryLock;
import org.jboss.logging.Logger;

/**
 * Removes what the outbox and the inbox no longer need to keep (see {@link RetentionConfig}), every
 * {@code bygdevekst.retention.every}, on one replica at a time.
 *
 * <p>Published outbox rows go as a prefix in the order of the event feed's sequence: everything
 * below the first published row younger than the retention. So the rows that stay have no gaps, and
 * the lowest {@code feed_sequence} left is the oldest event the feed can still serve
 * (docs/adr/0018). A row not yet published has no feed sequence and is never removed.
 */
@ApplicationScoped
public class Housekeeping {
  private static final Logger LOG = Logger.getLogger(Housekeeping.class);

  /** Another key than the relay's: housekeeping and relaying do not wait for each other. */
  private static final long ADVISORY_LOCK_KEY = 0x686f7573656bL;

  private final EntityManager em;
  private final RetentionConfig retention;
  private final Clock clock;

  /**
   * Housekeeping on the platform's clock; a test or a one-off run by hand may give another one, to
   * clean up as if it were that clock's time.
   */
  @Inject
  public Housekeeping(EntityManager em, RetentionConfig retention, Clock clock) {
    this.em = em;
    this.retention = retention;
    this.clock = clock;
  }

  /** What one run removed. */
  public record Removed(long outboxRows, long inboxRows) {}

  @Scheduled(
      every = "{bygdevekst.retention.every}",
      delayed = "{bygdevekst.retention.every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    Removed removed = run();
    if (removed.outboxRows() > 0 || removed.inboxRows() > 0) {
      LOG.infof(
          "Housekeeping removed %d published outbox rows older than %s and %d inbox rows older"
              + " than %s",
          removed.outboxRows(), retention.outbox(), removed.inboxRows(), retention.inbox());
    }
  }

  /** Removes, batch by batch, every row past its retention now. */
  public Removed run() {
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    OffsetDateTime outboxBefore = now.minus(retention.outbox());
    OffsetDateTime inboxBefore = now.minus(retention.inbox());
    long outbox = 0;
    long inbox = 0;
    int batch;
    do {
      batch = inBatch(OUTBOX, outboxBefore);
      outbox += Math.max(batch, 0);
    } while (batch == retention.batchSize());
    do {
      batch = inBatch(INBOX, inboxBefore);
      inbox += Math.max(batch, 0);
    } while (batch == retention.batchSize());
    return new Removed(outbox, inbox);
  }

  private static final String OUTBOX =
      "delete from outbox_event where feed_sequence in (select feed_sequence from outbox_event"
          + " where feed_sequence < coalesce((select feed_sequence from outbox_event"
          + " where feed_sequence is not null and created_at >= ?1 order by feed_sequence limit 1),"
          + " 9223372036854775807)"
          + " order by feed_sequence limit ?2)";

  private static final String INBOX =
      "delete from inbox_event where ctid in (select ctid from inbox_event where applied_at < ?1"
          + " limit ?2)";

  /** One batch in its own transaction; -1 when another replica holds the lock. */
  private int inBatch(String delete, OffsetDateTime before) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              if (!AdvisoryLock.tryInTransaction(em, ADVISORY_LOCK_KEY)) {
                return -1;
              }
              return em.createNativeQuery(delete)
                  .setParameter(1, before)
                  .setParameter(2, retention.batchSize())
                  .executeUpdate();
            });
  }
}
