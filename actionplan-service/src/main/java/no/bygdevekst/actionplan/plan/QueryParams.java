package no.bygdevekst.actionplan.plan;

import java.util.Arrays;
import java.util.stream.Collectors;
import no.bygdevekst.platform.problem.Problems;

/**
 * Filters of list endpoints, read by hand: a value JAX-RS cannot convert would otherwise be a 404,
 * where the caller deserves a 400 that names the parameter.
 */
public final class QueryParams {
  private QueryParams() {}

  public static Integer year(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      int year = Integer.parseInt(value.strip());
      if (year >= 2000 && year <= 2100) {
        return year;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw Problems.invalid("year", "must be a year from 2000 to 2100");
  }

  public static PlanStatus status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return PlanStatus.valueOf(value.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw Problems.invalid(
          "status",
          "must be one of "
              + Arrays.stream(PlanStatus.values())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
    }
  }
}
