package no.bygdevekst.platform.inbox;

import java.util.List;

/**
 * A projection a service keeps from another service's events. A consumer that declares itself as a
 * read model can be rebuilt from its topic by {@link ReadModelRebuilder}.
 */
public interface ReadModel {
  /** A short name for operators, such as {@code agreements}. */
  String name();

  /** The consumer name under which {@link EventInbox} records applied events. */
  String consumer();

  /** The topic the projection is built from. */
  String topic();

  /** What the consumer does with each event type. */
  EventHandlers handlers();

  /**
   * The projection's tables, children before parents: a rebuild empties them before replaying.
   * Never a table the service owns.
   */
  List<String> tables();
}
