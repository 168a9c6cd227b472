package no.bygdevekst.platform.testing.tracing;

import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A trace made up by a test, as W3C header values: a request (the caller's span) and the outbox
 * relay's send of the event it caused, in one trace.
 */
public record TestTrace(String traceId, String requestSpanId, String sendSpanId) {

  public static TestTrace random() {
    return new TestTrace(hex(16), hex(8), hex(8));
  }

  /** The {@code traceparent} of the request: what a caller sends to a service. */
  public String requestTraceparent() {
    return "00-" + traceId + "-" + requestSpanId + "-01";
  }

  public String sendTraceparent() {
    return "00-" + traceId + "-" + sendSpanId + "-01";
  }

  /**
   * The trace headers the outbox relay puts on a record: the send as {@code traceparent}, the
   * request that caused the event as the CloudEvents extension {@code ce_traceparent}.
   */
  public Map<String, String> recordHeaders() {
    return Map.of("traceparent", sendTraceparent(), "ce_traceparent", requestTraceparent());
  }

  private static String hex(int bytes) {
    byte[] random = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(random);
    random[0] |= 1; // never all zeros, which W3C forbids
    return HexFormat.of().formatHex(random);
  }
}
