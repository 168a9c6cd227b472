package no.bygdevekst.actionplan.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.platform.inbox.Agreements;

/**
 * This service's copy of the data of every agreement event (docs/events.md, agreement-service): the
 * agreement's whole state with its version. Fields this service does not use (signatures,
 * commitments, the extra fields of each event type) are ignored. Data that fails these constraints
 * is dead-lettered.
 */
public record AgreementState(
    @NotNull UUID agreementId,
    @NotNull @Min(1) Long version,
    String title,
    String pilotArea,
    @NotNull @Valid Period period,
    @NotBlank String status,
    @NotNull List<@NotNull @Valid PrincipalParty> principalParties,
    List<@NotNull @Valid Partner> partners,
    @NotNull List<@NotNull @Valid SubGoal> subGoals)
    implements Agreements.State {

  public record Period(@NotNull LocalDate from, @NotNull LocalDate to) {
    @AssertTrue(message = "must not end before it starts")
    public boolean isOrdered() {
      return from == null || to == null || !to.isBefore(from);
    }
  }

  /** A principal party; its organisation number is null where the agreement records none. */
  public record PrincipalParty(
      @NotBlank String partyId,
      String kind,
      String name,
      @Pattern(regexp = "\\d{9}") String organisationNumber) {}

  public record Partner(
      @NotNull @Pattern(regexp = "\\d{9}") String organisationNumber, String name) {}

  public record SubGoal(
      @NotNull @Min(1) Integer number,
      String title,
      List<@NotNull @Pattern(regexp = "\\d{9}") String> partners,
      String coordinator) {}
}
