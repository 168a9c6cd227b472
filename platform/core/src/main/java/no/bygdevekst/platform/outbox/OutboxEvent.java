package no.bygdevekst.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One event waiting in, or already sent from, the outbox. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long seq;

  @Column(nullable = false, unique = true)
  public UUID id;

  @Column(nullable = false)
  public String topic;

  @Column(name = "record_key", nullable = false)
  public String recordKey;

  @Column(nullable = false)
  public String type;

  @Column(nullable = false)
  public String source;

  @Column(nullable = false)
  public String subject;

  @Column(name = "schema_version", nullable = false)
  public int schemaVersion;

  @Column(name = "occurred_at", nullable = false)
  public OffsetDateTime occurredAt;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  public String payload;

  @Column(name = "created_at", nullable = false)
  public OffsetDateTime createdAt;

  @Column(name = "published_at")
  public OffsetDateTime publishedAt;

  /**
   * The event's place in the HTTP event feed, given by the relay as it marks the row published;
   * null until then (docs/adr/0018).
   */
  @Column(name = "feed_sequence")
  public Long feedSequence;

  @Column(nullable = false)
  public int attempts;

  @Column(name = "last_error")
  public String lastError;

  /** The W3C trace context of the request that wrote the event; null outside a trace. */
  @Column(name = "traceparent")
  public String traceparent;

  @Column(name = "tracestate")
  public String tracestate;
}
