package no.bygdevekst.actionplan;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import no.bygdevekst.platform.testing.TestRepresentatives;

/**
 * A registration in an agreement's register of representatives as agreement-service publishes it:
 * each step publishes a real event and waits until this service's read model holds it.
 */
final class RegisterFixture {
  private final TestRepresentatives.Registration registration;

  private RegisterFixture(TestRepresentatives.Registration registration) {
    this.registration = registration;
  }

  /** The person acts for the party from a year ago on. */
  static RegisterFixture registered(
      AgreementFixture agreement, String issuer, String subject, String partyId, String role) {
    RegisterFixture fixture =
        new RegisterFixture(
            new TestRepresentatives.Registration(agreement.id, issuer, subject, partyId, role));
    fixture.awaitVersion(fixture.registration.register());
    return fixture;
  }

  /** Ends it yesterday: the person no longer acts for the party today. */
  RegisterFixture end() {
    awaitVersion(registration.end());
    return this;
  }

  private void awaitVersion(long expected) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> storedVersion() == expected);
  }

  private long storedVersion() throws SQLException {
    try (Connection c = AgreementFixture.connection();
        PreparedStatement q =
            c.prepareStatement(
                "select version from representative_view where representative_id = ?")) {
      q.setObject(1, registration.id);
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }
}
