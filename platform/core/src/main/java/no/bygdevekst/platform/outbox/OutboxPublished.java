package no.bygdevekst.platform.outbox;

/**
 * Fired on the relay's thread after a round that marked events published has committed, so that the
 * event feed answers its long-polling readers at once (docs/adr/0018).
 *
 * @param lastSequence the highest feed sequence now committed
 */
public record OutboxPublished(long lastSequence) {}
