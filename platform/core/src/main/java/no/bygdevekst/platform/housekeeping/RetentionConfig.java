package no.bygdevekst.platform.housekeeping;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long the outbox and the inbox keep their rows (docs/operations.md, "Housekeeping";
 * docs/adr/0014).
 */
@ConfigMapping(prefix = "bygdevekst.retention")
public interface RetentionConfig {
  /**
   * How long a published event stays in the outbox, from its commit. The HTTP event feed serves
   * events from the outbox and promises this far back; an unpublished event is never removed.
   */
  @WithDefault("P400D")
  Duration outbox();

  /**
   * How long a consumer remembers an event it applied. At least as long as producers keep theirs,
   * so that an event sent again from an outbox is still recognised.
   */
  @WithDefault("P400D")
  Duration inbox();

  /** How often housekeeping runs (a Quarkus scheduler interval such as {@code 1h}). */
  @WithDefault("1h")
  String every();

  /** Rows removed per transaction, so that housekeeping never holds long locks. */
  @WithDefault("5000")
  int batchSize();
}
