package no.bygdevekst.evaluation.indicator;

/**
 * How an indicator is measured (the IATI indicator measures). Progress is computed differently for
 * each: see {@code attainment.Progress}.
 */
public enum MeasureType {
  /** A count or amount in a unit, such as dwellings or persons. */
  UNIT,
  /** A share in percent. */
  PERCENTAGE,
  /** A code on a nominal scale: the target is either reached (equal) or not. */
  NOMINAL,
  /** A number on an ordinal scale, such as 1 to 5. */
  ORDINAL,
  /** A narrative with an assessment on the indicator's own ordinal scale of labels. */
  QUALITATIVE;

  public boolean isQualitative() {
    return this == QUALITATIVE;
  }
}
