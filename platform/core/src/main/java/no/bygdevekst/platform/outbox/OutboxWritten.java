package no.bygdevekst.platform.outbox;

/** Fired when a transaction wrote to the outbox, so that the relay wakes right after the commit. */
public enum OutboxWritten {
  INSTANCE
}
