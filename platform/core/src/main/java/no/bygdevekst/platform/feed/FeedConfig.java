package no.bygdevekst.platform.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The HTTP event feed's settings (docs/events.md, "The event feed over HTTP"). */
@ConfigMapping(prefix = "bygdevekst.feed")
public interface FeedConfig {
  /** The most events one page holds, and the page size when the reader asks for none. */
  @WithDefault("1000")
  int maxPageSize();

  /** The longest a long poll ({@code wait}) may wait for a new event. */
  @WithDefault("30s")
  Duration maxWait();

  /**
   * How often a waiting reader looks again without a signal: the relay that publishes may run in
   * another replica, whose signal does not reach this one.
   */
  @WithDefault("1s")
  Duration pollInterval();

  /**
   * Threads that read pages for waiting readers. A waiting reader holds none of them, nor any of
   * the HTTP server's: it holds a callback until a publication or its poll interval comes.
   */
  @WithDefault("2")
  int readerThreads();
}
