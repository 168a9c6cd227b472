package no.bygdevekst.platform.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.bygdevekst.platform.testing.infra.LocalKafka;
import no.bygdevekst.platform.testing.infra.TestCertificates;
import no.bygdevekst.platform.testing.infra.TestInfrastructure;
import no.bygdevekst.platform.testing.tracing.OtlpReceiver;

/**
 * Connects the probe application to the TLS listeners of the test run's broker ({@link
 * TestInfrastructure#securedKafka()}: started once per run, certificates and SCRAM user made by the
 * test infrastructure), through the same {@code BYGDEVEKST_KAFKA_*} settings a deployment sets in
 * the environment. The {@code mode}:
 *
 * <ul>
 *   <li>{@code mutual-tls}: SSL with the truststore of the test CA and a client certificate;
 *   <li>{@code scram}: SASL_SSL with the SCRAM user, and traces exported by OTLP to a test
 *       collector ({@link #collector()});
 *   <li>{@code wrong-password}: SASL_SSL with a password the broker does not know;
 *   <li>{@code untrusted}: SSL with a truststore whose CA did not sign the broker's certificate.
 * </ul>
 */
public class SecuredKafkaResource implements QuarkusTestResourceLifecycleManager {
  static final List<String> TOPICS = RestartableKafkaResource.TOPICS;
  private static volatile Instant started;
  private static volatile OtlpReceiver collector;
  private String mode;

  @Override
  public void init(Map<String, String> initArgs) {
    mode = initArgs.get("mode");
  }

  @Override
  public Map<String, String> start() {
    TestInfrastructure infrastructure = TestInfrastructure.get();
    TestInfrastructure.SecuredKafka broker = infrastructure.securedKafka();
    TestCertificates certificates = broker.certificates();
    LocalKafka.ensureTopics(infrastructure.kafkaBootstrapServers(), TOPICS, 3);
    CapturedLog.install();
    started = Instant.now();
    Map<String, String> settings = new HashMap<>();
    boolean scram = mode.equals("scram") || mode.equals("wrong-password");
    settings.put("kafka.bootstrap.servers", scram ? broker.saslSsl() : broker.ssl());
    settings.put("BYGDEVEKST_KAFKA_SECURITY_PROTOCOL", scram ? "SASL_SSL" : "SSL");
    settings.put(
        "BYGDEVEKST_KAFKA_TRUSTSTORE_LOCATION",
        (mode.equals("untrusted") ? certificates.foreignTruststore() : certificates.truststore())
            .toString());
    settings.put("BYGDEVEKST_KAFKA_TRUSTSTORE_PASSWORD", certificates.password());
    if (scram) {
      settings.put("BYGDEVEKST_KAFKA_SASL_USERNAME", broker.user());
      settings.put(
          "BYGDEVEKST_KAFKA_SASL_PASSWORD",
          mode.equals("wrong-password") ? "not-" + broker.password() : broker.password());
    } else {
      settings.put("BYGDEVEKST_KAFKA_KEYSTORE_LOCATION", certificates.clientKeystore().toString());
      settings.put("BYGDEVEKST_KAFKA_KEYSTORE_PASSWORD", certificates.password());
    }
    if (mode.equals("scram")) {
      collector = OtlpReceiver.start();
      settings.put("bygdevekst.test.record-spans", "false");
      settings.put("bygdevekst.otlp.endpoint", collector.endpoint());
      settings.put("quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf");
    }
    return settings;
  }

  /** When this resource began to start the application. */
  public static Instant started() {
    return started;
  }

  /** The collector the {@code scram} mode exports traces to. */
  public static OtlpReceiver collector() {
    return collector;
  }

  @Override
  public void stop() {
    if (collector != null) {
      collector.close();
      collector = null;
    }
  }
}
