package no.bygdevekst.platform.tracing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.inject.Singleton;
import java.util.Collection;

/**
 * Keeps spans in the service unless an OTLP endpoint is configured with {@code
 * BYGDEVEKST_OTLP_ENDPOINT}. Spans are still made (so logs carry trace ids and outbox rows their
 * trace context); they are just not sent anywhere.
 *
 * <p>Quarkus installs its OTLP exporter only while no {@code SpanExporter} bean is active, and
 * would otherwise send to {@code localhost:4317}, its default, whether a collector is there or not.
 * This bean is active exactly while {@code bygdevekst.otlp.endpoint} is not set; once it is, the
 * OTLP exporter takes over and sends there (microprofile-config.properties).
 */
@Singleton
// Quarkus looks exporters up by type only: without this, the container would drop the unused bean.
@Unremovable
@LookupIfProperty(
    name = NoExportWithoutEndpoint.ENDPOINT,
    stringValue = NoExportWithoutEndpoint.NEVER,
    lookupIfMissing = true)
public class NoExportWithoutEndpoint implements SpanExporter {
  /** The collector's address; the environment sets it as BYGDEVEKST_OTLP_ENDPOINT. */
  public static final String ENDPOINT = "bygdevekst.otlp.endpoint";

  /** No endpoint is ever this: any configured value turns the bean off. */
  static final String NEVER = "never an endpoint";

  @Override
  public CompletableResultCode export(Collection<SpanData> spans) {
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode flush() {
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode shutdown() {
    return CompletableResultCode.ofSuccess();
  }
}
