package no.bygdevekst.actionplan;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.bygdevekst.platform.testing.TestEvents;

/**
 * A registration in an agreement's register of representatives as agreement-service publishes it
 * (docs/events.md): each step publishes a real event and waits until the read model holds it.
 */
final class RegisterFixture {
  private static final ObjectMapper JSON = new ObjectMapper();

  final UUID id = UUID.randomUUID();
  final UUID agreementId;
  final String issuer;
  final String subject;
  final String partyId;
  final String role;
  long version;
  LocalDate validTo;

  private RegisterFixture(
      UUID agreementId, String issuer, String subject, String partyId, String role) {
    this.agreementId = agreementId;
    this.issuer = issuer;
    this.subject = subject;
    this.partyId = partyId;
    this.role = role;
  }

  /** The person acts for the party from last year on. */
  static RegisterFixture registered(
      AgreementFixture agreement, String issuer, String subject, String partyId, String role) {
    return new RegisterFixture(agreement.id, issuer, subject, partyId, role)
        .publish("RepresentativeRegistered");
  }

  /** Ends it yesterday: the person no longer acts for the party today. */
  RegisterFixture end() {
    validTo = LocalDate.now().minusDays(1);
    return publish("RepresentativeEnded");
  }

  private RegisterFixture publish(String eventName) {
    version++;
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("agreementId", agreementId.toString());
    data.put("representativeId", id.toString());
    data.put("version", version);
    data.put("issuer", issuer);
    data.put("subject", subject);
    data.put("pidHash", null);
    data.put("partyId", partyId);
    data.put("role", role);
    data.put("administrator", false);
    data.put("validFrom", LocalDate.now().minusYears(1).toString());
    data.put("validTo", validTo == null ? null : validTo.toString());
    if (eventName.equals("RepresentativeEnded")) {
      data.put("reason", "Sluttet");
    }
    try {
      TestEvents.publish("agreement", eventName, agreementId, JSON.writeValueAsString(data));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    long expected = version;
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> storedVersion() == expected);
    return this;
  }

  private long storedVersion() throws SQLException {
    try (Connection c = AgreementFixture.connection();
        PreparedStatement q =
            c.prepareStatement(
                "select version from representative_view where representative_id = ?")) {
      q.setObject(1, id);
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }
}
