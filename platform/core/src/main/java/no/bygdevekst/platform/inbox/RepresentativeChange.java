package no.bygdevekst.platform.inbox;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The data of {@code RepresentativeRegistered} and {@code RepresentativeEnded} (docs/events.md):
 * one registration of an agreement's register of representatives as it stands after the change. The
 * person is their issuer and subject, and the keyed hash of their personal identity number where
 * the register has one; the number itself is never published.
 *
 * @param version the registration's version: 1 when registered, higher when ended
 * @param role {@code municipality} or {@code partner}, as the party is a principal municipality or
 *     a cooperation partner
 * @param administrator whether the person may add and end their colleagues' registrations
 * @param validTo the last day it holds; null while no end is set
 */
public record RepresentativeChange(
    @NotNull UUID agreementId,
    @NotNull UUID representativeId,
    @NotNull @Min(1) Long version,
    @NotBlank String issuer,
    @NotBlank String subject,
    @Pattern(regexp = "[0-9a-f]{64}") String pidHash,
    @NotBlank String partyId,
    @NotBlank String role,
    boolean administrator,
    @NotNull LocalDate validFrom,
    LocalDate validTo)
    implements AboutAgreement {

  /** An ended registration may end the day before it started: it never held. */
  @AssertTrue(message = "must not end more than a day before it starts")
  public boolean isOrdered() {
    return validFrom == null || validTo == null || !validTo.isBefore(validFrom.minusDays(1));
  }
}
