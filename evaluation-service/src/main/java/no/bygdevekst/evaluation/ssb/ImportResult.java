package no.bygdevekst.evaluation.ssb;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What an import of SSB's population did, year by year. */
public record ImportResult(
    UUID indicatorId, List<String> municipalities, String source, List<Year> years) {

  /** RECORDED (first value), CORRECTED (SSB's differs), UNCHANGED or MISSING (no value at SSB). */
  public enum Outcome {
    RECORDED,
    CORRECTED,
    UNCHANGED,
    MISSING
  }

  public record Year(int year, BigDecimal value, Outcome outcome, UUID measurementId) {}
}
