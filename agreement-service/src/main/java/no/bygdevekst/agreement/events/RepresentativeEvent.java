package no.bygdevekst.agreement.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The events of an agreement's register of representatives, on {@code bygdevekst.agreement.events}
 * with the agreement as key and subject (docs/events.md): the registration as it stands after the
 * change. The person's identity number is never in them, only its keyed hash where one is kept.
 */
public sealed interface RepresentativeEvent {
  /** The payload's schema version ({@code ce_schemaversion}). */
  int SCHEMA_VERSION = 1;

  UUID agreementId();

  @JsonIgnore
  default String name() {
    return getClass().getSimpleName();
  }

  /** The registration's fields, alike in both events. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Registration(
      UUID agreementId,
      UUID representativeId,
      long version,
      String issuer,
      String subject,
      String pidHash,
      String partyId,
      String role,
      boolean administrator,
      LocalDate validFrom,
      LocalDate validTo) {}

  /** A person was registered as a party's representative. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record RepresentativeRegistered(@JsonUnwrapped Registration registration)
      implements RepresentativeEvent {
    @Override
    public UUID agreementId() {
      return registration.agreementId();
    }
  }

  /** A registration was ended: {@code validTo} is its last day. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record RepresentativeEnded(@JsonUnwrapped Registration registration, String reason)
      implements RepresentativeEvent {
    @Override
    public UUID agreementId() {
      return registration.agreementId();
    }
  }
}
