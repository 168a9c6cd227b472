package no.bygdevekst.agreement.agreement;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import no.bygdevekst.agreement.api.AgreementStatus;
import no.bygdevekst.platform.problem.Problems;

/**
 * The filters of an agreement list; each is optional. Parsed here rather than by JAX-RS, which
 * answers a query parameter it cannot convert with 404.
 *
 * @param year agreements whose period includes a day of that year
 */
public record AgreementFilter(AgreementStatus status, String municipality, Integer year) {

  /** Reads the query parameters; refuses (400) a value that is not understood. */
  public static AgreementFilter parse(
      String status, String municipality, String year, Set<AgreementStatus> allowed) {
    AgreementStatus parsedStatus = null;
    if (status != null && !status.isBlank()) {
      parsedStatus =
          Arrays.stream(AgreementStatus.values())
              .filter(s -> s.name().equalsIgnoreCase(status.strip()))
              .findFirst()
              .filter(allowed::contains)
              .orElseThrow(
                  () ->
                      Problems.invalid(
                          "status",
                          "must be one of "
                              + allowed.stream()
                                  .sorted()
                                  .map(Enum::name)
                                  .collect(Collectors.joining(", "))));
    }
    String parsedMunicipality = null;
    if (municipality != null && !municipality.isBlank()) {
      parsedMunicipality = municipality.strip();
      if (!parsedMunicipality.matches("\\d{4}")) {
        throw Problems.invalid("municipality", "must be a kommunenummer (four digits)");
      }
    }
    Integer parsedYear = null;
    if (year != null && !year.isBlank()) {
      if (!year.strip().matches("\\d{4}")) {
        throw Problems.invalid("year", "must be a year such as 2025");
      }
      parsedYear = Integer.valueOf(year.strip());
    }
    return new AgreementFilter(parsedStatus, parsedMunicipality, parsedYear);
  }

  /** The first day of the year filtered on; with no year, a day before any agreement. */
  LocalDate yearStart() {
    return year == null ? LocalDate.of(1, 1, 1) : LocalDate.of(year, 1, 1);
  }

  /** The last day of the year filtered on; with no year, a day after any agreement. */
  LocalDate yearEnd() {
    return year == null ? LocalDate.of(9999, 12, 31) : LocalDate.of(year, 12, 31);
  }
}
