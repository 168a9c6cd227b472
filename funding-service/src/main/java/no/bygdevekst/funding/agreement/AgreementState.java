package no.bygdevekst.funding.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.platform.inbox.Agreements;

/**
 * The data of every agreement event: the agreement's whole state at {@code version}. Only what
 * funding uses is read; the rest of the contract's fields are ignored.
 */
public record AgreementState(
    @NotNull UUID agreementId,
    @NotNull @Positive Long version,
    String title,
    @NotBlank String status,
    @NotNull @Valid List<@NotNull Party> principalParties,
    @NotNull @Valid List<@NotNull SubGoal> subGoals,
    Instant changedAt)
    implements Agreements.State {

  /** A principal party; its organisation number is null where the agreement records none. */
  public record Party(
      @NotBlank String partyId,
      @NotBlank String kind,
      String name,
      @Pattern(regexp = "\\d{9}") String organisationNumber) {}

  public record SubGoal(@NotNull @Positive Integer number, String title) {}
}
