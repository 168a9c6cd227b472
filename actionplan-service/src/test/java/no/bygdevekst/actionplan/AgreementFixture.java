package no.bygdevekst.actionplan;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import no.bygdevekst.platform.testing.TestEvents;
import no.bygdevekst.platform.testing.infra.LocalPostgres;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * An agreement as agreement-service would publish it (docs/events.md), modelled on Vestre Varanger,
 * with a fresh id so that tests never share one. Each step publishes a real event to {@code
 * bygdevekst.agreement.events} and waits until the read model holds its version.
 */
final class AgreementFixture {
  static final String TANA = "5628";
  static final String BERLEVAG = "5630";
  static final String BATSFJORD = "5632";
  static final String NESSEBY = "5636";
  static final String KDD = "KDD";
  static final String OTHER_MUNICIPALITY = "5601"; // Alta: not a party of Vestre Varanger

  /**
   * The organisation numbers docs/reference-data.md records for two of them; the rest have none.
   */
  static final Map<String, String> ORGANISATION_NUMBERS =
      Map.of(TANA, "943505527", BATSFJORD, "938795592");

  // Organisation numbers are test data: Husbanken's is the one docs/events.md uses.
  static final String HUSBANKEN = "986038009";
  static final String FYLKESKOMMUNE = "830090282";
  static final String STATSFORVALTER = "974795361";
  static final String INNOVASJON_NORGE = "986399445";
  static final String STRANGER = "999888777";

  private static final ObjectMapper JSON = new ObjectMapper();

  final UUID id = UUID.randomUUID();
  long version;
  String status = "DRAFT";
  String from = "2024-01-01";
  String to = "2027-12-30";
  final List<String> municipalities = new ArrayList<>(List.of(NESSEBY, TANA, BERLEVAG, BATSFJORD));
  final Map<Integer, List<String>> subGoals = new TreeMap<>();

  private AgreementFixture() {
    subGoals.put(1, new ArrayList<>(List.of(HUSBANKEN, FYLKESKOMMUNE)));
    subGoals.put(2, new ArrayList<>(List.of(STATSFORVALTER, FYLKESKOMMUNE)));
    subGoals.put(3, new ArrayList<>(List.of(FYLKESKOMMUNE, INNOVASJON_NORGE)));
    subGoals.put(4, new ArrayList<>(List.of(FYLKESKOMMUNE, STATSFORVALTER)));
    subGoals.put(5, new ArrayList<>(List.of(STATSFORVALTER, FYLKESKOMMUNE)));
    subGoals.put(6, new ArrayList<>(List.of(FYLKESKOMMUNE)));
  }

  /** Registered and signed by all parties: plans may be written. */
  static AgreementFixture signed() {
    return new AgreementFixture().publish("AgreementRegistered").sign();
  }

  static AgreementFixture registered() {
    return new AgreementFixture().publish("AgreementRegistered");
  }

  AgreementFixture sign() {
    status = "SIGNED";
    return publish("AgreementSigned");
  }

  AgreementFixture activate() {
    status = "ACTIVE";
    return publish("AgreementActivated");
  }

  AgreementFixture conclude() {
    status = "CONCLUDED";
    return publish("AgreementConcluded");
  }

  /** An amendment: change {@link #subGoals} or the period first. */
  AgreementFixture amend() {
    return publish("AgreementAmended");
  }

  /** Publishes the next version as {@code eventName} and waits for the read model to hold it. */
  AgreementFixture publish(String eventName) {
    version++;
    TestEvents.publish("agreement", eventName, id, json(eventName));
    awaitVersion(version);
    return this;
  }

  void awaitVersion(long expected) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> storedVersion(id) == expected);
  }

  /** The agreement's state as agreement-service publishes it. */
  String json(String eventName) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("agreementId", id.toString());
    data.put("version", version);
    data.put("title", "Bygdevekstavtale for Vestre Varanger");
    data.put("pilotArea", "Vestre Varanger");
    data.put("period", Map.of("from", from, "to", to));
    data.put("status", status);
    List<Map<String, Object>> parties = new ArrayList<>();
    for (String m : municipalities) {
      Map<String, Object> party = new LinkedHashMap<>();
      party.put("partyId", m);
      party.put("kind", "MUNICIPALITY");
      party.put("name", "Kommune " + m);
      party.put("organisationNumber", ORGANISATION_NUMBERS.get(m));
      parties.add(party);
    }
    parties.add(
        Map.of("partyId", KDD, "kind", "MINISTRY", "name", "Kommunal- og distriktsdepartementet"));
    data.put("principalParties", parties);
    data.put(
        "partners",
        List.of(
            Map.of("organisationNumber", HUSBANKEN, "name", "Husbanken"),
            Map.of("organisationNumber", FYLKESKOMMUNE, "name", "Finnmark fylkeskommune"),
            Map.of(
                "organisationNumber",
                STATSFORVALTER,
                "name",
                "Statsforvalteren i Troms og Finnmark"),
            Map.of("organisationNumber", INNOVASJON_NORGE, "name", "Innovasjon Norge")));
    List<Map<String, Object>> goals = new ArrayList<>();
    subGoals.forEach(
        (number, partners) ->
            goals.add(
                Map.of(
                    "number",
                    number,
                    "title",
                    "Delmål " + number,
                    "partners",
                    partners,
                    "coordinator",
                    partners.get(0),
                    "relatedSubGoals",
                    List.of())));
    data.put("subGoals", goals);
    data.put("signatures", List.of());
    data.put("changedAt", "2024-01-10T09:00:00Z");
    data.put("changedBy", "kdd-saksbehandler");
    switch (eventName) {
      case "AgreementSigned" -> data.put("partyId", TANA);
      case "AgreementAmended" -> data.put("reason", "Endret etter dialogmøte");
      case "AgreementConcluded" -> {
        data.put("reason", null);
        data.put("concludedOn", to);
      }
      default -> {}
    }
    try {
      return JSON.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The version the read model holds for an agreement, or 0. */
  static long storedVersion(UUID agreementId) throws SQLException {
    try (Connection c = connection();
        PreparedStatement q =
            c.prepareStatement("select version from agreement_view where agreement_id = ?")) {
      q.setObject(1, agreementId);
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  static Connection connection() throws SQLException {
    String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    return DriverManager.getConnection(url, LocalPostgres.USER, "");
  }
}
