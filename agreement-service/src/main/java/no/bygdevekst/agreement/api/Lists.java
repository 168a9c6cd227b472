package no.bygdevekst.agreement.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Absent lists in a request mean empty ones. */
final class Lists {
  private Lists() {}

  /** An unmodifiable copy, empty for null; null elements are kept for validation to report. */
  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
