package no.bygdevekst.agreement.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;

/**
 * The events agreement-service publishes on {@code bygdevekst.agreement.events}: the agreement's
 * state plus a few fields that say what happened (docs/events.md). One event per new version.
 */
public sealed interface AgreementEvent {
  /** The payload's schema version ({@code ce_schemaversion}). */
  int SCHEMA_VERSION = 1;

  AgreementState state();

  /** The event's name: the last part of its CloudEvents type. */
  @JsonIgnore
  default String name() {
    return getClass().getSimpleName();
  }

  /** A draft was registered, or replaced (with a higher version). Status DRAFT. */
  record AgreementRegistered(@JsonUnwrapped AgreementState state) implements AgreementEvent {}

  /** A principal party signed. Status DRAFT until the last one signs, then SIGNED. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record AgreementSigned(@JsonUnwrapped AgreementState state, String partyId)
      implements AgreementEvent {}

  /** The period of a signed agreement started. Status ACTIVE; published once. */
  record AgreementActivated(@JsonUnwrapped AgreementState state) implements AgreementEvent {}

  /** A signed or active agreement was amended, with a reason. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record AgreementAmended(@JsonUnwrapped AgreementState state, String reason)
      implements AgreementEvent {}

  /** The agreement ended; the reason is null when it ended at or after its period's end. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record AgreementConcluded(
      @JsonUnwrapped AgreementState state, String reason, LocalDate concludedOn)
      implements AgreementEvent {}
}
