package no.bygdevekst.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.platform.testing.infra.LocalPostgres;
import no.bygdevekst.platform.testing.infra.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every service proves about its infrastructure: Flyway migrated the real database, an event
 * round-trips through the service's outbox relay and the real broker, readiness is UP with the
 * database checked (and only the database: a broker outage must not take the service out of its
 * Service), and Kafka's state is in its own health group. A service's test extends it under
 * {@code @QuarkusTest}.
 */
public abstract class InfrastructureContract {

  /** The service's short name: agreement, actionplan, funding or evaluation. */
  protected abstract String service();

  @Test
  public void flywayMigratedTheRealDatabase() throws SQLException {
    List<String> versions = new ArrayList<>();
    try (Connection c = connection();
        PreparedStatement q =
            c.prepareStatement(
                "select version from flyway_schema_history where success order by installed_rank");
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        versions.add(rs.getString(1));
      }
    }
    assertTrue(
        versions.containsAll(List.of("0.1", "0.2", "0.3", "0.4", "0.18.1", "0.18.2")),
        "platform migrations applied: " + versions);
    try (Connection c = connection();
        ResultSet rs = c.getMetaData().getTables(null, "public", "outbox_event", null)) {
      assertTrue(rs.next(), "outbox_event exists");
    }
  }

  @Test
  public void anEventRoundTripsThroughTheOutboxAndTheBroker() throws SQLException {
    UUID id = UUID.randomUUID();
    String key = UUID.randomUUID().toString();
    String topic = "bygdevekst." + service() + ".events";
    try (Connection c = connection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into outbox_event (id, topic, record_key, type, source, subject,"
                    + " schema_version, occurred_at, payload) values (?, ?, ?, ?, ?, ?, 1, now(),"
                    + " cast(? as jsonb))")) {
      insert.setObject(1, id);
      insert.setString(2, topic);
      insert.setString(3, key);
      insert.setString(4, "no.bygdevekst." + service() + ".InfrastructureProbe");
      insert.setString(5, "/bygdevekst/" + service() + "-service");
      insert.setString(6, key);
      insert.setString(7, "{\"probe\":true}");
      insert.executeUpdate();
    }
    ConsumerRecord<String, byte[]> record =
        TopicReader.awaitRecord(
            TestInfrastructure.get().kafkaBootstrapServers(),
            topic,
            r -> key.equals(r.key()),
            Duration.ofSeconds(30));
    assertEquals("{\"probe\": true}", new String(record.value(), StandardCharsets.UTF_8));
    assertEquals(
        id.toString(),
        new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8));
    // Written outside any request, the event starts its trace at the relay's send.
    String traceparent =
        new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8);
    assertTrue(traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"), traceparent);
    assertEquals(
        traceparent,
        new String(record.headers().lastHeader("ce_traceparent").value(), StandardCharsets.UTF_8));
  }

  @Test
  public void readinessChecksTheDatabaseAndKafkaHasItsOwnGroup() {
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItems("Database connections health check"))
        .body("checks.name", not(hasItems("Kafka")));
    given()
        .when()
        .get("/q/health/group/kafka")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItems("Kafka", "Outbox relay"));
    given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  public void openApiAndMetricsAreServed() {
    given()
        .when()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body("openapi", org.hamcrest.Matchers.startsWith("3."));
    given()
        .when()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(
            containsString(
                "bygdevekst_outbox_oldest_unpublished_age_seconds{application=\""
                    + service()
                    + "-service\""));
  }

  private static Connection connection() throws SQLException {
    String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    return DriverManager.getConnection(url, LocalPostgres.USER, "");
  }
}
