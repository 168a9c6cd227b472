package no.bygdevekst.platform.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import no.bygdevekst.platform.kafka.ConsumedTopics;
import no.bygdevekst.platform.kafka.KafkaCluster;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Kafka as this service sees it, read from the brokers every {@code
 * bygdevekst.kafka.metrics.every}: whether the cluster answers, how far each of the service's
 * consumer groups is behind per partition (end offset minus committed offset, so a consumer that is
 * stuck or gone shows too), and how many records its dead-letter topics hold (their end offsets, a
 * count that only grows). Every replica reports the same figures; alerts take the maximum.
 */
@ApplicationScoped
public class KafkaMetrics {
  private static final Logger LOG = Logger.getLogger(KafkaMetrics.class);
  private static final long TIMEOUT_S = 3;

  private final KafkaCluster cluster;
  private final MeterRegistry registry;
  private final ConsumedTopics consumed;
  private final AtomicLong available = new AtomicLong(-1);
  private final Map<String, AtomicLong> deadLetters = new ConcurrentHashMap<>();
  private MultiGauge lag;

  @Inject
  public KafkaMetrics(KafkaCluster cluster, MeterRegistry registry, ConsumedTopics consumed) {
    this.cluster = cluster;
    this.registry = registry;
    this.consumed = consumed;
  }

  @PostConstruct
  void register() {
    Gauge.builder(
            PlatformMetrics.KAFKA_AVAILABLE, available, a -> a.get() < 0 ? Double.NaN : a.get())
        .description("1 while the Kafka cluster answers this service, 0 while it does not")
        .register(registry);
    lag =
        MultiGauge.builder(PlatformMetrics.CONSUMER_LAG)
            .description("Records on a partition that the consumer group has not yet committed")
            .register(registry);
  }

  @Scheduled(
      every = "{bygdevekst.kafka.metrics.every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void poll() {
    boolean up = cluster.check().up();
    available.set(up ? 1 : 0);
    if (!up) {
      lag.register(List.of(), true); // no figure is better than a stale one
      return;
    }
    try {
      read(cluster.admin());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.debugf(e, "Kafka metrics not read this time");
    }
  }

  private void read(Admin admin) throws Exception {
    Set<String> topics = new TreeSet<>(consumed.deadLetterTopics());
    consumed.subscriptions().forEach(s -> topics.add(s.topic()));
    if (topics.isEmpty()) {
      return; // a service that consumes nothing (agreement) has no lag and no dead letters
    }
    List<TopicPartition> partitions = partitions(admin, topics);
    if (partitions.isEmpty()) {
      return;
    }
    Map<TopicPartition, ListOffsetsResultInfo> end =
        offsets(admin, partitions, OffsetSpec.latest());
    Map<TopicPartition, ListOffsetsResultInfo> start =
        offsets(admin, partitions, OffsetSpec.earliest());
    List<MultiGauge.Row<?>> rows = new ArrayList<>();
    for (ConsumedTopics.Subscription s : consumed.subscriptions()) {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin
              .listConsumerGroupOffsets(s.group())
              .partitionsToOffsetAndMetadata()
              .get(TIMEOUT_S, TimeUnit.SECONDS);
      for (TopicPartition tp : partitions) {
        if (!tp.topic().equals(s.topic()) || !end.containsKey(tp)) {
          continue;
        }
        OffsetAndMetadata at = committed.get(tp);
        long position = at != null ? at.offset() : start.get(tp).offset();
        long behind = Math.max(0, end.get(tp).offset() - position);
        rows.add(
            MultiGauge.Row.of(
                Tags.of(
                    "group",
                    s.group(),
                    "topic",
                    tp.topic(),
                    "partition",
                    Integer.toString(tp.partition())),
                behind));
      }
    }
    lag.register(rows, true);
    for (String topic : consumed.deadLetterTopics()) {
      long records =
          end.entrySet().stream()
              .filter(e -> e.getKey().topic().equals(topic))
              .mapToLong(e -> e.getValue().offset())
              .sum();
      deadLetterCount(topic).set(records);
    }
  }

  private AtomicLong deadLetterCount(String topic) {
    return deadLetters.computeIfAbsent(
        topic,
        t -> {
          AtomicLong count = new AtomicLong();
          FunctionCounter.builder(PlatformMetrics.DEAD_LETTERS, count, AtomicLong::get)
              .description("Records in a dead-letter topic this service writes to, since it exists")
              .tag("topic", t)
              .register(registry);
          return count;
        });
  }

  private static List<TopicPartition> partitions(Admin admin, Collection<String> topics)
      throws Exception {
    List<TopicPartition> partitions = new ArrayList<>();
    for (var described : admin.describeTopics(topics).topicNameValues().entrySet()) {
      TopicDescription description;
      try {
        description = described.getValue().get(TIMEOUT_S, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException e) {
        continue; // a topic that does not exist (yet) has no lag and no dead letters
      }
      description
          .partitions()
          .forEach(p -> partitions.add(new TopicPartition(described.getKey(), p.partition())));
    }
    return partitions;
  }

  private static Map<TopicPartition, ListOffsetsResultInfo> offsets(
      Admin admin, List<TopicPartition> partitions, OffsetSpec spec) throws Exception {
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    partitions.forEach(tp -> request.put(tp, spec));
    return admin.listOffsets(request).all().get(TIMEOUT_S, TimeUnit.SECONDS);
  }
}
