package no.bygdevekst.evaluation.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.platform.inbox.Agreements;

/**
 * The data of every agreement event: the agreement's whole current state (docs/events.md). Only
 * what this service uses is read; the rest of the payload is ignored.
 */
public record AgreementState(
    @NotNull UUID agreementId,
    @NotNull @PositiveOrZero Long version,
    @NotBlank String title,
    String pilotArea,
    @NotNull @Valid Period period,
    @NotNull AgreementStatus status,
    @NotNull List<@NotNull @Valid Party> principalParties,
    @NotNull List<@NotNull @Valid SubGoal> subGoals)
    implements Agreements.State {

  public record Period(@NotNull LocalDate from, @NotNull LocalDate to) {}

  /** A principal party; its organisation number is null where the agreement records none. */
  public record Party(
      @NotBlank String partyId,
      @NotBlank String kind,
      String name,
      @Pattern(regexp = "\\d{9}") String organisationNumber) {}

  public record SubGoal(@NotNull @Positive Integer number, @NotBlank String title) {}
}
