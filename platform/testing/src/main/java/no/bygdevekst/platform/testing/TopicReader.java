package no.bygdevekst.platform.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from the start, without a consumer group, to check what was published. */
public final class TopicReader {
  private TopicReader() {}

  /** Waits for the first record on {@code topic} that {@code match} accepts. */
  public static ConsumerRecord<String, byte[]> awaitRecord(
      String bootstrap,
      String topic,
      Predicate<ConsumerRecord<String, byte[]>> match,
      Duration timeout) {
    List<ConsumerRecord<String, byte[]>> found = awaitRecords(bootstrap, topic, match, 1, timeout);
    return found.get(0);
  }

  /**
   * Waits until {@code count} records on {@code topic} match, and returns every matching record
   * read by then, in partition order.
   */
  public static List<ConsumerRecord<String, byte[]>> awaitRecords(
      String bootstrap,
      String topic,
      Predicate<ConsumerRecord<String, byte[]>> match,
      int count,
      Duration timeout) {
    List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap)) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(10))) {
        partitions.add(new TopicPartition(topic, p.partition()));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long deadline = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          if (match.test(r)) {
            found.add(r);
          }
        }
        if (found.size() >= count) {
          return found;
        }
      }
    }
    throw new AssertionError(
        "Expected "
            + count
            + " matching records on "
            + topic
            + " within "
            + timeout
            + ", found "
            + found.size());
  }

  /** Every record on {@code topic} that {@code match} accepts, read up to the current end. */
  public static List<ConsumerRecord<String, byte[]>> readAll(
      String bootstrap, String topic, Predicate<ConsumerRecord<String, byte[]>> match) {
    List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap)) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(10))) {
        partitions.add(new TopicPartition(topic, p.partition()));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          if (match.test(r)) {
            found.add(r);
          }
        }
      }
    }
    return found;
  }

  private static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
    return new KafkaConsumer<>(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ConsumerConfig.CLIENT_ID_CONFIG,
            "topic-reader-" + UUID.randomUUID(),
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false,
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
            StringDeserializer.class.getName(),
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
            ByteArrayDeserializer.class.getName()));
  }
}
