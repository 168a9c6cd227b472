package no.bygdevekst.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Which service this is, for the events it publishes, and how its outbox relay behaves. */
@ConfigMapping(prefix = "bygdevekst.events")
public interface EventsConfig {
  /** The short name of the service: agreement, actionplan, funding or evaluation. */
  String service();

  Relay relay();

  interface Relay {
    /** Whether this instance relays its outbox to Kafka. */
    @WithDefault("true")
    boolean enabled();

    /** How often the relay looks for rows written by another replica when nothing woke it. */
    @WithDefault("PT0.5S")
    Duration pollInterval();

    /** Rows per round trip. */
    @WithDefault("200")
    int batchSize();

    /** The first wait after Kafka refused a batch; it doubles up to {@link #maxBackoff()}. */
    @WithDefault("PT0.1S")
    Duration initialBackoff();

    @WithDefault("PT5S")
    Duration maxBackoff();
  }
}
