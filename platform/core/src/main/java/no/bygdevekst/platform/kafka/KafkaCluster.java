package no.bygdevekst.platform.kafka;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.bygdevekst.platform.events.EventsConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.jboss.logging.Logger;

/**
 * The service's view of its Kafka cluster: one admin client for the health check and the metrics,
 * and whether the cluster answers. Every call is bounded, so that a check never hangs while the
 * brokers are away; a change between reachable and not is logged once, with what to fix.
 */
@ApplicationScoped
public class KafkaCluster {
  private static final Logger LOG = Logger.getLogger(KafkaCluster.class);
  static final int TIMEOUT_MS = 2_000;

  private final KafkaClientConfig clients;
  private final KafkaClients kafka;
  private final String clientId;
  private volatile Admin admin;
  private volatile Boolean lastUp;
  private volatile boolean closing;

  @Inject
  public KafkaCluster(KafkaClientConfig clients, KafkaClients kafka, EventsConfig events) {
    this.clients = clients;
    this.kafka = kafka;
    this.clientId = events.service() + "-kafka-checks";
  }

  /** Whether the cluster answered, and if not, why. */
  public record Reachability(boolean up, int nodes, String problem) {}

  /** Asks the cluster for its nodes, within {@value #TIMEOUT_MS} ms. */
  public Reachability check() {
    if (closing) {
      return new Reachability(false, 0, "the service is stopping");
    }
    Reachability result;
    try {
      int nodes =
          admin()
              .describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS))
              .nodes()
              .get(TIMEOUT_MS + 1_000L, TimeUnit.MILLISECONDS)
              .size();
      result = new Reachability(true, nodes, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      result = new Reachability(false, 0, "interrupted");
    } catch (Exception e) {
      result = new Reachability(false, 0, KafkaFailures.explain(e, clients));
    }
    logChange(result);
    return result;
  }

  private void logChange(Reachability now) {
    if (closing) {
      return; // the admin client closed under the call
    }
    Boolean before = lastUp;
    lastUp = now.up();
    if (before != null && before == now.up()) {
      return;
    }
    if (now.up()) {
      LOG.infof(
          "Kafka is reachable: %d node(s) at %s (%s)",
          now.nodes(), clients.bootstrapServers(), clients.describe());
    } else {
      LOG.warnf(
          "Kafka is unreachable at %s (%s): %s. Commands are still accepted; their events wait in"
              + " the outbox until Kafka takes them.",
          clients.bootstrapServers(), clients.describe(), now.problem());
    }
  }

  /** The shared admin client, created on first use; its calls time out after two seconds. */
  public Admin admin() {
    Admin current = admin;
    if (current == null) {
      synchronized (this) {
        if (admin == null) {
          admin =
              kafka.admin(
                  Map.of(
                      AdminClientConfig.CLIENT_ID_CONFIG, clientId,
                      AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS,
                      AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS,
                      AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000));
        }
        current = admin;
      }
    }
    return current;
  }

  KafkaClientConfig clients() {
    return clients;
  }

  void close(@Observes ShutdownEvent event) {
    closing = true;
    if (admin != null) {
      admin.close(Duration.ofSeconds(1));
    }
  }
}
