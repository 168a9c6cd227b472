package no.bygdevekst.deploy.k8s;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/** Kubernetes quantities and Quarkus durations, enough to compare what the manifests set. */
final class Quantities {
  private Quantities() {}

  private static final Map<String, Long> SUFFIXES =
      Map.of(
          "Ki",
          1L << 10,
          "Mi",
          1L << 20,
          "Gi",
          1L << 30,
          "Ti",
          1L << 40,
          "k",
          1_000L,
          "M",
          1_000_000L,
          "G",
          1_000_000_000L,
          "T",
          1_000_000_000_000L);

  /** A CPU or memory quantity as a number of cores or bytes ("250m" is 0.25, "512Mi" 2^29). */
  static BigDecimal parse(String quantity) {
    if (quantity.endsWith("m")) {
      return new BigDecimal(quantity.substring(0, quantity.length() - 1)).movePointLeft(3);
    }
    for (Map.Entry<String, Long> suffix : SUFFIXES.entrySet()) {
      if (quantity.endsWith(suffix.getKey())) {
        String number = quantity.substring(0, quantity.length() - suffix.getKey().length());
        return new BigDecimal(number).multiply(BigDecimal.valueOf(suffix.getValue()));
      }
    }
    return new BigDecimal(quantity);
  }

  /** A Quarkus duration: ISO 8601 ("PT25S"), or a number of seconds with an optional unit. */
  static Duration duration(String value) {
    String v = value.trim();
    if (v.startsWith("P") || v.startsWith("p")) {
      return Duration.parse(v);
    }
    if (v.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
    }
    if (v.matches("\\d+")) {
      return Duration.ofSeconds(Long.parseLong(v));
    }
    return Duration.parse("PT" + v);
  }
}
