package no.bygdevekst.platform.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.bygdevekst.platform.events.CloudEvents;
import no.bygdevekst.platform.events.EventsConfig;
import no.bygdevekst.platform.outbox.OutboxEvent;

/**
 * Reads the service's published events from its outbox, in the order of their feed sequence, which
 * the relay hands out as it publishes (docs/adr/0018).
 *
 * <p>A page is read in three statements: the last sequence handed out, then the events after the
 * reader's pointer up to it, then the lowest sequence still kept. Every number up to the first was
 * committed before it was read, so the second sees all of them; housekeeping removes a prefix, so
 * if the third still finds the event right after the pointer, the second missed none to
 * housekeeping.
 */
@ApplicationScoped
public class EventFeed {
  private final EntityManager em;
  private final ObjectMapper mapper;
  private final EventsConfig events;

  @Inject
  public EventFeed(EntityManager em, ObjectMapper mapper, EventsConfig events) {
    this.em = em;
    this.mapper = mapper;
    this.events = events;
  }

  /**
   * The page after {@code query.after()}.
   *
   * @throws no.bygdevekst.platform.problem.ProblemException 404 when the pointer is beyond every
   *     sequence handed out, 410 when the events after it are past their retention
   */
  FeedPage read(FeedQuery query) {
    return QuarkusTransaction.requiringNew().call(() -> readInTransaction(query));
  }

  /** One published event the scope may see. */
  Optional<FeedEvent> find(UUID id, FeedScope scope) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Sql sql =
                  new Sql("select * from outbox_event where id = ? and feed_sequence > 0", id);
              if (!scoped(sql, scope)) {
                return Optional.<FeedEvent>empty();
              }
              List<OutboxEvent> found = sql.list(em);
              return found.stream().findFirst().map(e -> toFeedEvent(e, scope));
            });
  }

  private FeedPage readInTransaction(FeedQuery query) {
    long last = number("select last_sequence from outbox_feed_head");
    if (query.after() > last) {
      throw UnknownSequenceProblem.of(query.after(), last);
    }
    Sql sql =
        new Sql(
            "select * from outbox_event where feed_sequence > ? and feed_sequence <= ?",
            query.after(),
            last);
    if (query.type() != null) {
      sql.and("type = ?", query.type());
    }
    if (query.subject() != null) {
      sql.and("subject = ?", query.subject());
    }
    List<OutboxEvent> rows =
        scoped(sql, query.scope())
            ? sql.append(" order by feed_sequence limit ?", query.size() + 1).list(em)
            : List.of();
    long oldest = number("select coalesce(min(feed_sequence), 0) from outbox_event");
    if (oldest == 0) {
      oldest = last + 1; // every event removed: the next one is the oldest to come
    }
    if (query.after() < oldest - 1) {
      throw FeedExpiredProblem.of(query.after(), oldest);
    }
    boolean more = rows.size() > query.size();
    List<FeedEvent> page = new ArrayList<>(Math.min(rows.size(), query.size()));
    for (int i = 0; i < rows.size() && i < query.size(); i++) {
      page.add(toFeedEvent(rows.get(i), query.scope()));
    }
    long next = more ? page.get(page.size() - 1).sequence() : last;
    return new FeedPage(page, next, more);
  }

  /** Adds the scope's condition; false when the scope sees nothing at all. */
  private boolean scoped(Sql sql, FeedScope scope) {
    if (scope instanceof FeedScope.OfAgreements of) {
      if (of.agreements().isEmpty()) {
        return false;
      }
      sql.and("subject in (" + placeholders(of.agreements().size()) + ")");
      of.agreements().forEach(a -> sql.params.add(a.toString()));
    } else if (scope instanceof FeedScope.Public open) {
      if (open.rules().isEmpty()) {
        return false;
      }
      List<String> anyOf = new ArrayList<>();
      for (PublicEvents rule : open.rules()) {
        StringBuilder one =
            new StringBuilder("type in (" + placeholders(rule.eventNames().size()) + ")");
        rule.eventNames().forEach(n -> sql.params.add(CloudEvents.type(events.service(), n)));
        if (rule.field() != null) {
          one.append(" and jsonb_extract_path_text(payload, ?) in (")
              .append(placeholders(rule.values().size()))
              .append(")");
          sql.params.add(rule.field());
          sql.params.addAll(rule.values());
        }
        anyOf.add("(" + one + ")");
      }
      sql.and("(" + String.join(" or ", anyOf) + ")");
    }
    return true;
  }

  private FeedEvent toFeedEvent(OutboxEvent row, FeedScope scope) {
    JsonNode data;
    try {
      data = mapper.readTree(row.payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Outbox event " + row.id + " has unreadable data", e);
    }
    if (scope instanceof FeedScope.Public open && data instanceof ObjectNode object) {
      for (PublicEvents rule : open.rules()) {
        if (rule.eventNames().stream()
            .anyMatch(n -> CloudEvents.type(events.service(), n).equals(row.type))) {
          object.remove(rule.hiddenFields());
        }
      }
    }
    return new FeedEvent(
        CloudEvents.SPEC_VERSION,
        row.id,
        row.source,
        row.type,
        row.subject,
        row.occurredAt.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_INSTANT),
        CloudEvents.CONTENT_TYPE_JSON,
        row.schemaVersion,
        row.feedSequence,
        data);
  }

  private long number(String select) {
    return ((Number) em.createNativeQuery(select).getSingleResult()).longValue();
  }

  private static String placeholders(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }

  /** A native select with positional parameters, built from fixed fragments only. */
  private static final class Sql {
    private final StringBuilder text;
    private final List<Object> params = new ArrayList<>();

    Sql(String select, Object... values) {
      this.text = new StringBuilder(select);
      params.addAll(List.of(values));
    }

    void and(String condition, Object... values) {
      text.append(" and ").append(condition);
      params.addAll(List.of(values));
    }

    Sql append(String fragment, Object... values) {
      text.append(fragment);
      params.addAll(List.of(values));
      return this;
    }

    @SuppressWarnings("unchecked")
    List<OutboxEvent> list(EntityManager em) {
      StringBuilder numbered = new StringBuilder();
      int n = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        numbered.append(c);
        if (c == '?') {
          numbered.append(++n);
        }
      }
      Query query = em.createNativeQuery(numbered.toString(), OutboxEvent.class);
      for (int i = 0; i < params.size(); i++) {
        query.setParameter(i + 1, params.get(i));
      }
      return query.getResultList();
    }
  }
}
