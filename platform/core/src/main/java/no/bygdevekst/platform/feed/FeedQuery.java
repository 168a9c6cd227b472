package no.bygdevekst.platform.feed;

/**
 * What a reader asks of the feed.
 *
 * @param after the sequence the reader has seen; 0 for the beginning
 * @param size the most events on the page
 * @param type a CloudEvents type, or null for all
 * @param subject an agreement id, or null for all
 */
record FeedQuery(long after, int size, String type, String subject, FeedScope scope) {
  FeedQuery after(long sequence) {
    return new FeedQuery(sequence, size, type, subject, scope);
  }
}
