package no.bygdevekst.evaluation.attainment;

/** Whether an indicator has a value for the year: a missing year is never shown as zero. */
public enum MeasurementState {
  MEASURED,
  MISSING
}
