package no.bygdevekst.platform.inbox;

import java.util.List;

/**
 * A projection a service keeps from another service's events, as {@link ReadModelRebuilder} needs
 * to rebuild it.
 *
 * @param name a short name for operators, such as {@code agreements}
 * @param consumer the consumer name under which {@link EventInbox} records applied events
 * @param topic the topic the projection is built from
 * @param handlers what the consumer does with each event type
 * @param tables the projection's tables, children before parents: a rebuild empties them before
 *     replaying; never a table the service owns
 */
public record ReadModel(
    String name, String consumer, String topic, EventHandlers handlers, List<String> tables) {

  public ReadModel {
    tables = List.copyOf(tables);
  }

  /** A consumer that keeps a read model, and so can have it rebuilt. */
  public interface Source {
    ReadModel readModel();
  }
}
