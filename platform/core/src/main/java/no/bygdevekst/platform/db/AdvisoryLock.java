package no.bygdevekst.platform.db;

import jakarta.persistence.EntityManager;

/**
 * A PostgreSQL transaction-level advisory lock: held until the current transaction ends (a crashed
 * holder's connection releases it), so that one replica at a time does a job. Each service has its
 * own database, so a key need only be unique within the platform.
 */
public final class AdvisoryLock {
  private AdvisoryLock() {}

  /** Takes the lock for the current transaction if no one holds it; false when someone does. */
  public static boolean tryInTransaction(EntityManager em, long key) {
    Object locked =
        em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
            .setParameter(1, key)
            .getSingleResult();
    return Boolean.TRUE.equals(locked);
  }
}
