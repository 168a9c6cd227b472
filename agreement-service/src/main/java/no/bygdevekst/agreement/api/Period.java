package no.bygdevekst.agreement.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agreement's period; both days are included. */
@Schema(
    name = "AgreementPeriod",
    description = "The agreement's period (avtaleperiode), first and last day included")
public record Period(
    @Schema(example = "2024-01-01") @NotNull LocalDate from,
    @Schema(example = "2027-12-30") @NotNull LocalDate to) {

  /** Whether {@code day} falls within the period. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
