package no.bygdevekst.evaluation.ssb;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import of SSB's population did, year by year. */
public record ImportResult(
    UUID indicatorId, List<String> municipalities, String source, List<Year> years) {

  /** RECORDED (first value), CORRECTED (SSB's differs), UNCHANGED or MISSING (no value at SSB). */
  @Schema(name = "ImportOutcome")
  public enum Outcome {
    RECORDED,
    CORRECTED,
    UNCHANGED,
    MISSING
  }

  @Schema(name = "ImportedYear")
  public record Year(int year, BigDecimal value, Outcome outcome, UUID measurementId) {}
}
