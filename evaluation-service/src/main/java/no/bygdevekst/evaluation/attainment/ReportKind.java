package no.bygdevekst.evaluation.attainment;

/** The status report for a year's political dialogue, or the final report for the period. */
public enum ReportKind {
  STATUS,
  FINAL
}
