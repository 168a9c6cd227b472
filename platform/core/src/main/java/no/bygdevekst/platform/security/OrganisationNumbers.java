package no.bygdevekst.platform.security;

import java.util.Optional;

/**
 * Norwegian organisation numbers (organisasjonsnummer, Enhetsregisteret): nine digits, the last a
 * modulus-11 check digit over the first eight with weights 3 2 7 6 5 4 3 2.
 */
public final class OrganisationNumbers {
  /** ISO 6523 ICD of Norwegian organisation numbers, as in Maskinporten's {@code consumer.ID}. */
  public static final String ICD = "0192";

  private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

  private OrganisationNumbers() {}

  public static boolean isValid(String number) {
    if (number == null || !number.matches("\\d{9}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == number.charAt(8) - '0';
  }

  /** The organisation number of an ISO 6523 identifier such as {@code 0192:943505527}. */
  public static Optional<String> fromIso6523(String id) {
    if (id == null || !id.startsWith(ICD + ":")) {
      return Optional.empty();
    }
    String number = id.substring(ICD.length() + 1);
    return isValid(number) ? Optional.of(number) : Optional.empty();
  }
}
