package no.bygdevekst.platform.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What every service accepts in a request, whatever the endpoint: the bounds that the request body
 * deserializers ({@link RequestJson}) and the query and header parameters ({@link
 * BoundedParameters}, {@code http.HttpInputGuard}) enforce before any service code runs. A field's
 * own constraints (a shorter maximum length, a smaller range) come on top. docs/problems.md states
 * them for clients.
 */
public final class InputBounds {
  /** The longest text of any one field, in characters (the longest field today allows 10 000). */
  public static final int MAX_TEXT_LENGTH = 10_000;

  /** The most elements of any one list in a body. */
  public static final int MAX_LIST_SIZE = 1_000;

  /** Digits before the decimal point of a decimal number. */
  public static final int MAX_INTEGER_DIGITS = 15;

  /** Digits after the decimal point of a decimal number. */
  public static final int MAX_DECIMALS = 6;

  /**
   * The largest amount of money in one field: 10 000 000 000 kr, in øre. It is far beyond any
   * appropriation of the scheme, and millions of such amounts still add up within a {@code long}.
   */
  public static final long MAX_AMOUNT_ORE = 1_000_000_000_000L;

  /** Fields whose name ends so hold money in whole øre (API.md: {@code amountOre}). */
  public static final String AMOUNT_SUFFIX = "Ore";

  public static final int FIRST_YEAR = 1900;
  public static final int LAST_YEAR = 2200;

  /** Characters of a number or date as text, before it is parsed at all. */
  static final int MAX_SCALAR_TEXT = 64;

  private InputBounds() {}

  /**
   * What is wrong with a text, if anything: a control character (tab, line feed and carriage return
   * are allowed where {@code multiline}), an unpaired surrogate, or more than {@link
   * #MAX_TEXT_LENGTH} characters.
   */
  public static Optional<String> textProblem(String text, boolean multiline) {
    if (text.length() > MAX_TEXT_LENGTH) {
      return Optional.of("must be at most " + MAX_TEXT_LENGTH + " characters");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Optional.of("holds an unpaired surrogate at position " + i + "; send valid UTF-8");
      } else if (isControl(c) && !(multiline && (c == '\t' || c == '\n' || c == '\r'))) {
        return Optional.of(
            String.format(
                "must not hold the control character U+%04X (at position %d)%s",
                (int) c,
                i,
                multiline ? "; only tab, line feed and carriage return are allowed" : ""));
      }
    }
    return Optional.empty();
  }

  /** C0 controls, DEL and C1 controls: never data in any field of this system. */
  public static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
  }

  /**
   * What is wrong with a decimal number, if anything. Cheap whatever the exponent: precision and
   * scale are read off the parsed value, and no digit string is ever built.
   */
  public static Optional<String> decimalProblem(BigDecimal value) {
    long integerDigits = (long) value.precision() - value.scale(); // zero too: 0E+99 is refused
    if (integerDigits > MAX_INTEGER_DIGITS || value.scale() > MAX_DECIMALS) {
      return Optional.of(
          "must be a number with at most "
              + MAX_INTEGER_DIGITS
              + " digits before and "
              + MAX_DECIMALS
              + " after the decimal point");
    }
    return Optional.empty();
  }

  /** What is wrong with an amount of money in øre, if anything. */
  public static Optional<String> amountProblem(long ore) {
    if (ore > MAX_AMOUNT_ORE || ore < -MAX_AMOUNT_ORE) {
      return Optional.of("must be at most " + MAX_AMOUNT_ORE + " øre (10 000 000 000 kr)");
    }
    return Optional.empty();
  }

  /**
   * What is wrong with a date, if anything: a year outside {@value #FIRST_YEAR}-{@value
   * #LAST_YEAR}.
   */
  public static Optional<String> dateProblem(LocalDate date) {
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      return Optional.of("must be a date from " + FIRST_YEAR + "-01-01 to " + LAST_YEAR + "-12-31");
    }
    return Optional.empty();
  }
}
