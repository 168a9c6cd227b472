package no.bygdevekst.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import no.bygdevekst.platform.inbox.EventConsumers;
import no.bygdevekst.platform.kafka.KafkaClients;
import no.bygdevekst.platform.testsupport.RestartableKafkaResource;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;

/**
 * Every {@code kafka.*} setting reaches every Kafka client unchanged, and a client's own settings
 * come on top (the ArchUnit rules check that no client is built anywhere else).
 */
@QuarkusTest
class KafkaClientsTest {
  @Inject KafkaClients kafka;
  @Inject EventConsumers consumers;

  @Test
  void everyKafkaSettingReachesEveryClientUnchanged() {
    for (Map<String, Object> own :
        List.<Map<String, Object>>of(
            Map.of(),
            Map.of(ConsumerConfig.GROUP_ID_CONFIG, "probe-service"),
            Map.of(CommonClientConfigs.CLIENT_ID_CONFIG, "readiness"))) {
      Map<String, Object> config = kafka.config(own);
      assertEquals("use_all_dns_ips", config.get(CommonClientConfigs.CLIENT_DNS_LOOKUP_CONFIG));
      assertEquals(
          RestartableKafkaResource.bootstrapServers(),
          config.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG));
      own.forEach((name, value) -> assertEquals(value, config.get(name)));
    }
  }

  @Test
  void theServiceConsumesTheTopicsOfItsReadModelsInItsOwnGroup() {
    assertEquals("probe-service", consumers.group());
    assertEquals(Map.of("bygdevekst.probe.events", true), consumers.topics());
    assertFalse(consumers.topics().containsKey("bygdevekst.probe.dlq"));
  }
}
