package no.bygdevekst.platform.inbox;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.bygdevekst.platform.events.CloudEvents;
import no.bygdevekst.platform.events.Topics;

/**
 * A projection a service keeps from another service's events: what it reads and where it keeps it.
 * A bean that implements {@link Source} is all a service writes to consume events; the platform
 * runs a Kafka consumer for its topic, hands each record to {@link EventInbox#process} under the
 * read model's {@code consumer} name, dead-letters what can never be handled, and offers the read
 * model for a rebuild from its topic.
 *
 * <pre>{@code
 * ReadModel.of("approved-plans", "plan-read-model", "actionplan")
 *     .on("PlanApproved", PlanApproved.class, (event, plan) -> apply(event.id(), plan))
 *     .ignoring("PlanSubmitted", "PlanReturned", "PlanRevised")
 *     .tables("approved_plan_measure", "approved_plan_sub_goal", "approved_plan");
 * }</pre>
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
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("Read model " + name + " names no table to rebuild");
    }
    for (String table : tables) {
      if (!table.matches("[a-z_][a-z0-9_]{0,62}")) {
        throw new IllegalArgumentException("Not a plain table name: " + table);
      }
    }
  }

  /**
   * Starts the declaration of a read model kept from the events of {@code publisher}, the short
   * name of the publishing service ({@code agreement}, {@code actionplan}, ...): its topic is
   * {@link Topics#eventsOf}, and each event name becomes a type by {@link CloudEvents#type}.
   */
  public static Builder of(String name, String consumer, String publisher) {
    return new Builder(name, consumer, publisher);
  }

  /**
   * The tables of the rows of {@code entity}, children first, as a rebuild empties them: the
   * collection tables of its fields, then its own table. Each must be named in its annotation.
   */
  public static String[] tablesOf(Class<?> entity) {
    List<String> tables = new ArrayList<>();
    for (Field field : entity.getDeclaredFields()) {
      CollectionTable collection = field.getAnnotation(CollectionTable.class);
      if (collection != null) {
        tables.add(named(collection.name(), entity));
      }
    }
    Table table = entity.getAnnotation(Table.class);
    tables.add(named(table == null ? "" : table.name(), entity));
    return tables.toArray(String[]::new);
  }

  private static String named(String table, Class<?> entity) {
    if (table.isBlank()) {
      throw new IllegalArgumentException(
          entity.getSimpleName() + " must name its tables for a rebuild to empty them");
    }
    return table;
  }

  /** A bean that keeps a read model, so that the platform consumes and can rebuild it. */
  public interface Source {
    ReadModel readModel();
  }

  /** The events a read model reads, by name, and what it does with each. */
  public static final class Builder {
    private final String name;
    private final String consumer;
    private final String publisher;
    private final EventHandlers.Builder handlers = new EventHandlers.Builder();

    private Builder(String name, String consumer, String publisher) {
      this.name = name;
      this.consumer = consumer;
      this.publisher = publisher;
    }

    /**
     * Handles schema version 1 of the event {@code eventName}: its data is read as {@code type},
     * validated and checked against the subject before {@code apply} runs.
     */
    public <T extends AboutAgreement> Builder on(
        String eventName, Class<T> type, EventHandlers.Apply<T> apply) {
      return on(eventName, Set.of(1), type, apply);
    }

    /** Handles the given schema versions of {@code eventName}. */
    public <T extends AboutAgreement> Builder on(
        String eventName,
        Set<Integer> schemaVersions,
        Class<T> type,
        EventHandlers.Apply<T> apply) {
      handlers.on(CloudEvents.type(publisher, eventName), schemaVersions, type, apply);
      return this;
    }

    /** Handles several events whose data has the same shape, such as state-carrying events. */
    public <T extends AboutAgreement> Builder on(
        List<String> eventNames, Class<T> type, EventHandlers.Apply<T> apply) {
      eventNames.forEach(eventName -> on(eventName, type, apply));
      return this;
    }

    /**
     * Knows these events and does nothing with them, so that they are not dead-lettered as unknown.
     * Their subject is still checked.
     */
    public Builder ignoring(String... eventNames) {
      for (String eventName : eventNames) {
        on(eventName, IgnoredEvent.class, (envelope, ignored) -> {});
      }
      return this;
    }

    /** Ends the declaration with the projection's tables, children before parents. */
    public ReadModel tables(String... tables) {
      return new ReadModel(
          name, consumer, Topics.eventsOf(publisher), handlers.build(), List.of(tables));
    }
  }
}
