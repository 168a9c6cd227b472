package no.bygdevekst.platform.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import no.bygdevekst.platform.testing.DevTokens;
import no.bygdevekst.platform.testing.tracing.OtlpReceiver;
import no.bygdevekst.platform.testsupport.SecuredKafkaProfiles;
import no.bygdevekst.platform.testsupport.SecuredKafkaResource;
import org.junit.jupiter.api.Test;

/**
 * SASL_SSL with SCRAM-SHA-512, as a Strimzi KafkaUser with scram-sha-512 authentication connects.
 * This start also exports its traces by OTLP to a test collector, as a configured deployment does.
 */
@QuarkusTest
@TestProfile(SecuredKafkaProfiles.Scram.class)
class KafkaOverScramTest extends SecuredKafkaContract {
  @Override
  String security() {
    return "SASL_SSL, SCRAM-SHA-512 as probe-service";
  }

  @Test
  void withAnEndpointConfiguredTheTraceOfARequestIsExportedByOtlp() {
    HexFormat hex = HexFormat.of();
    String traceId = hex.formatHex(randomBytes(16));
    UUID agreement = UUID.randomUUID();
    given()
        .auth()
        .oauth2(DevTokens.kdd())
        .header("traceparent", "00-" + traceId + "-" + hex.formatHex(randomBytes(8)) + "-01")
        .post("/api/v1/probes/events/" + agreement)
        .then()
        .statusCode(202);
    OtlpReceiver collector = SecuredKafkaResource.collector();
    collector.await(
        s -> s.traceId().equals(traceId) && s.kind().equals("SPAN_KIND_CONSUMER"),
        Duration.ofSeconds(60));
    Set<String> kinds =
        collector.spans().stream()
            .filter(s -> s.traceId().equals(traceId))
            .map(OtlpReceiver.ReceivedSpan::kind)
            .collect(Collectors.toSet());
    assertEquals(
        Set.of("SPAN_KIND_SERVER", "SPAN_KIND_PRODUCER", "SPAN_KIND_CONSUMER"),
        kinds.stream().filter(k -> !k.equals("SPAN_KIND_INTERNAL")).collect(Collectors.toSet()),
        "the request, the relay's send and the consumer's processing, in one trace");
  }

  static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    ThreadLocalRandom.current().nextBytes(bytes);
    bytes[0] |= 1; // never all zeros, which W3C forbids
    return bytes;
  }
}
