package no.bygdevekst.platform.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes registrations of an agreement's register of representatives as agreement-service does
 * (docs/events.md, {@code RepresentativeRegistered} and {@code RepresentativeEnded}), so that a
 * consuming service's test gives a person a party without agreement-service.
 */
public final class TestRepresentatives {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TestRepresentatives() {}

  /** One registration, from a year ago: {@link #register} and {@link #end} publish it. */
  public static final class Registration {
    public final UUID id = UUID.randomUUID();
    public final UUID agreementId;
    public final String issuer;
    public final String subject;
    public final String partyId;
    public final String role;
    private long version;
    private LocalDate validTo;

    public Registration(
        UUID agreementId, String issuer, String subject, String partyId, String role) {
      this.agreementId = agreementId;
      this.issuer = issuer;
      this.subject = subject;
      this.partyId = partyId;
      this.role = role;
    }

    public long version() {
      return version;
    }

    /** Publishes {@code RepresentativeRegistered}; returns the version a read model will hold. */
    public long register() {
      return publish("RepresentativeRegistered");
    }

    /** Publishes {@code RepresentativeEnded} with yesterday as the last day. */
    public long end() {
      validTo = LocalDate.now().minusDays(1);
      return publish("RepresentativeEnded");
    }

    private long publish(String eventName) {
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
      return version;
    }
  }
}
