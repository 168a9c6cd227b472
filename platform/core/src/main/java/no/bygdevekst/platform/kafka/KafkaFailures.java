package no.bygdevekst.platform.kafka;

import java.util.Locale;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;

/** What a failed Kafka call says to the person who has to fix it. */
final class KafkaFailures {
  private KafkaFailures() {}

  /** The cause, in words, with the setting to check. */
  static String explain(Throwable failure, KafkaClientConfig config) {
    Throwable e = unwrap(failure);
    String detail = String.valueOf(e.getMessage());
    if (e instanceof SaslAuthenticationException) {
      return "Kafka refused the credentials ("
          + config.describe()
          + "): check BYGDEVEKST_KAFKA_SASL_USERNAME and BYGDEVEKST_KAFKA_SASL_PASSWORD. "
          + detail;
    }
    if (e instanceof SslAuthenticationException) {
      return "the TLS handshake with Kafka failed: " + tlsHint(e) + ". " + rootMessage(e);
    }
    if (e instanceof AuthorizationException) {
      return "Kafka refused an operation to this service's user: check its ACLs. " + detail;
    }
    if (e instanceof TimeoutException || e instanceof java.util.concurrent.TimeoutException) {
      return "no answer from "
          + config.bootstrapServers()
          + " in time: the brokers are down or unreachable, or that port does not speak "
          + config.protocol().name
          + " (BYGDEVEKST_KAFKA_SECURITY_PROTOCOL)";
    }
    return e.getClass().getSimpleName() + ": " + detail;
  }

  private static String tlsHint(Throwable e) {
    String all = chain(e).toLowerCase(Locale.ROOT);
    if (all.contains("pkix") || all.contains("certification path")) {
      return "the broker's certificate is not signed by a CA in the truststore"
          + " (BYGDEVEKST_KAFKA_TRUSTSTORE_LOCATION: the cluster CA, Strimzi's ca.p12)";
    }
    if (all.contains("subject alternative") || all.contains("no name matching")) {
      return "the broker's certificate does not name the host in BYGDEVEKST_KAFKA_BOOTSTRAP_SERVERS";
    }
    if (all.contains("bad_certificate")
        || all.contains("certificate_required")
        || all.contains("certificate_unknown")
        || all.contains("unknown_ca")) {
      return "the broker refused this service's client certificate"
          + " (BYGDEVEKST_KAFKA_KEYSTORE_LOCATION: the KafkaUser's user.p12)";
    }
    return "check BYGDEVEKST_KAFKA_TRUSTSTORE_LOCATION and BYGDEVEKST_KAFKA_KEYSTORE_LOCATION";
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while ((t instanceof ExecutionException
            || t instanceof java.util.concurrent.CompletionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static String chain(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      out.append(t.getMessage()).append(' ');
    }
    return out.toString();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
