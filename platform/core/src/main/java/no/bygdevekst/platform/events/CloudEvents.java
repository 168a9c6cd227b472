package no.bygdevekst.platform.events;

/**
 * CloudEvents 1.0 in Kafka binary mode: the attributes travel as {@code ce_*} record headers, the
 * record value is the event's JSON data, and the record key is the agreement id.
 */
public final class CloudEvents {
  private CloudEvents() {}

  public static final String SPEC_VERSION = "1.0";
  public static final String CONTENT_TYPE_JSON = "application/json";

  public static final String H_SPECVERSION = "ce_specversion";
  public static final String H_ID = "ce_id";
  public static final String H_SOURCE = "ce_source";
  public static final String H_TYPE = "ce_type";
  public static final String H_SUBJECT = "ce_subject";
  public static final String H_TIME = "ce_time";

  /** Extension attribute: the version of the data's schema for this type (an integer). */
  public static final String H_SCHEMAVERSION = "ce_schemaversion";

  /**
   * The distributed-tracing extension: the trace context of the request that caused the event (the
   * start of its transmission), as binary mode carries extension attributes. The hop to Kafka has
   * its own W3C {@code traceparent} header besides (docs/adr/0013).
   */
  public static final String H_TRACEPARENT = "ce_traceparent";

  public static final String H_TRACESTATE = "ce_tracestate";

  /** Kafka binary mode carries {@code datacontenttype} as the record's content-type header. */
  public static final String H_CONTENT_TYPE = "content-type";

  /** The type of an event, for example {@code no.bygdevekst.agreement.AgreementSigned}. */
  public static String type(String service, String eventName) {
    return "no.bygdevekst." + service + "." + eventName;
  }

  /** The source of a service's events. */
  public static String source(String service) {
    return "/bygdevekst/" + service + "-service";
  }
}
