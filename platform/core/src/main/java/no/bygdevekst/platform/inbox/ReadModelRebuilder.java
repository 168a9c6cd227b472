package no.bygdevekst.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import no.bygdevekst.platform.kafka.KafkaClients;
import no.bygdevekst.platform.problem.Problems;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

/**
 * Rebuilds a read model from its topic: empties the projection's tables and forgets which events it
 * applied, in one transaction, then replays the topic from the start up to where it ends now,
 * through the same handlers and inbox as live consumption.
 *
 * <p>Nothing is applied twice: the inbox records each event id as it is applied, so an event the
 * live consumer delivers during the rebuild is applied by whichever comes first, and the other
 * skips it; read models keep the highest version of what they hold, so the order in which the two
 * apply events does not move them backwards. Dead letters are not retried: they were refused before
 * and would be again. While a rebuild runs, reads see the projection filling up.
 */
@ApplicationScoped
public class ReadModelRebuilder {
  private static final Logger LOG = Logger.getLogger(ReadModelRebuilder.class);

  private final ReadModels readModels;
  private final EventInbox inbox;
  private final EntityManager em;
  private final KafkaClients kafka;
  private final ReentrantLock running = new ReentrantLock();

  @Inject
  public ReadModelRebuilder(
      ReadModels readModels, EventInbox inbox, EntityManager em, KafkaClients kafka) {
    this.readModels = readModels;
    this.inbox = inbox;
    this.em = em;
    this.kafka = kafka;
  }

  /** The outcome of one rebuild. */
  @Schema(name = "ReadModelRebuild", description = "What one rebuild of a read model did")
  public record Result(
      String readModel, long recordsRead, long applied, long skipped, long refused, long millis) {}

  /** A read model as operators see it. */
  @Schema(name = "ReadModel", description = "A read model and how many events it has applied")
  public record Description(String name, String consumer, String topic, long eventsApplied) {}

  public List<Description> list() {
    List<Description> out = new ArrayList<>();
    for (ReadModel model : readModels.all()) {
      long applied =
          QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      ((Number)
                              em.createNativeQuery(
                                      "select count(*) from inbox_event where consumer = ?1")
                                  .setParameter(1, model.consumer())
                                  .getSingleResult())
                          .longValue());
      out.add(new Description(model.name(), model.consumer(), model.topic(), applied));
    }
    return out;
  }

  public Result rebuild(String name) {
    ReadModel model =
        readModels.named(name).orElseThrow(() -> Problems.notFound("Read model", name));
    if (!running.tryLock()) {
      throw Problems.conflict("A rebuild is already running; wait for it to finish");
    }
    try {
      long started = System.nanoTime();
      clear(model);
      long read = 0;
      long applied = 0;
      long skipped = 0;
      long refused = 0;
      try (KafkaConsumer<String, byte[]> consumer = consumer()) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo p : consumer.partitionsFor(model.topic(), Duration.ofSeconds(10))) {
          partitions.add(new TopicPartition(model.topic(), p.partition()));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
        while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
          for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
            if (record.offset()
                >= end.get(new TopicPartition(record.topic(), record.partition()))) {
              continue;
            }
            read++;
            try {
              if (inbox.process(model.consumer(), record, model.handlers())) {
                applied++;
              } else {
                skipped++;
              }
            } catch (PoisonEventException e) {
              refused++;
            }
          }
        }
      }
      Result result =
          new Result(
              name, read, applied, skipped, refused, (System.nanoTime() - started) / 1_000_000);
      LOG.infof("Read model rebuilt: %s", result);
      return result;
    } finally {
      running.unlock();
    }
  }

  private void clear(ReadModel model) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (String table : model.tables()) {
                // a plain table name, checked when the read model was declared
                em.createNativeQuery("delete from " + table).executeUpdate();
              }
              em.createNativeQuery("delete from inbox_event where consumer = ?1")
                  .setParameter(1, model.consumer())
                  .executeUpdate();
            });
  }

  /** A consumer that is assigned every partition itself and commits nothing. */
  private KafkaConsumer<String, byte[]> consumer() {
    return kafka.consumer(
        Map.of(
            ConsumerConfig.CLIENT_ID_CONFIG,
            "read-model-rebuild-" + UUID.randomUUID(),
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false));
  }
}
