package no.bygdevekst.platform.feed;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which of a service's events the public feed shows ({@link FeedAudience#publicEvents()}): events
 * of these names, optionally only when a top-level field of their data has one of some values, and
 * without the fields that are not for the public.
 *
 * <pre>{@code
 * PublicEvents.always("PlanApproved").hiding("approvedBy");
 * PublicEvents.when(Agreements.EVENTS, "status", Set.of("SIGNED", "ACTIVE", "CONCLUDED"));
 * }</pre>
 *
 * @param eventNames the names of the events, such as {@code PlanApproved}
 * @param field a top-level field of the data the rule looks at; null: every event of the names
 * @param values the values of {@code field} that make the event public
 * @param hiddenFields top-level fields of the data the public feed leaves out
 */
public record PublicEvents(
    List<String> eventNames, String field, Set<String> values, Set<String> hiddenFields) {
  public PublicEvents {
    eventNames = List.copyOf(eventNames);
    values = values == null ? Set.of() : Set.copyOf(values);
    hiddenFields = hiddenFields == null ? Set.of() : Set.copyOf(hiddenFields);
    if (eventNames.isEmpty()) {
      throw new IllegalArgumentException("A public rule names at least one event");
    }
    if (field != null && values.isEmpty()) {
      throw new IllegalArgumentException("A rule on field " + field + " needs values");
    }
  }

  /** Every event of these names is public. */
  public static PublicEvents always(String... eventNames) {
    return new PublicEvents(List.of(eventNames), null, null, null);
  }

  /** An event of these names is public when its data's {@code field} is one of {@code values}. */
  public static PublicEvents when(List<String> eventNames, String field, Set<String> values) {
    return new PublicEvents(eventNames, Objects.requireNonNull(field), values, null);
  }

  /** The same rule, leaving these top-level fields out of the public data. */
  public PublicEvents hiding(String... fields) {
    return new PublicEvents(eventNames, field, values, Set.of(fields));
  }
}
