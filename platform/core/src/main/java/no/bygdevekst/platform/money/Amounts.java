package no.bygdevekst.platform.money;

import java.math.BigDecimal;
import java.util.stream.LongStream;
import no.bygdevekst.platform.problem.ProblemException;
import no.bygdevekst.platform.problem.Problems;

/**
 * Sums of whole øre that never overflow silently. Every amount a request carries is bounded ({@code
 * json.InputBounds#MAX_AMOUNT_ORE}), so a sum beyond a {@code long} takes millions of entries;
 * should it come, the command is refused (409) and its transaction rolls back, instead of a
 * wrapped-around negative total or a database value that no longer reads as a number.
 */
public final class Amounts {
  private Amounts() {}

  public static long add(long a, long b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw tooLarge();
    }
  }

  public static long subtract(long a, long b) {
    try {
      return Math.subtractExact(a, b);
    } catch (ArithmeticException e) {
      throw tooLarge();
    }
  }

  public static long sum(LongStream amounts) {
    return amounts.reduce(0, Amounts::add);
  }

  /**
   * A sum the database computed, read exactly: PostgreSQL sums {@code bigint} as {@code numeric},
   * which holds any total; a total beyond a {@code long} is refused here. Null (no rows) is 0.
   */
  public static long exact(Object databaseSum) {
    if (databaseSum == null) {
      return 0;
    }
    try {
      return new BigDecimal(databaseSum.toString()).longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw tooLarge();
    }
  }

  private static ProblemException tooLarge() {
    return Problems.conflict(
        "The amounts would add up to more than the "
            + Long.MAX_VALUE
            + " øre this system can record; nothing was changed");
  }
}
