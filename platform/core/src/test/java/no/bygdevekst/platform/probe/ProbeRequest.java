package no.bygdevekst.platform.probe;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A body with one field of each kind the platform bounds: text, øre, decimal, date, moment, list.
 */
public record ProbeRequest(
    @NotBlank @Size(max = 100) String name,
    @NotNull ProbeKind kind,
    @Min(0) long amountOre,
    LocalDate date,
    @Valid List<Line> lines,
    BigDecimal value,
    Instant at,
    List<String> tags,
    Integer count,
    java.util.UUID ref) {
  public record Line(@NotNull Integer number, @NotBlank String text) {}
}
