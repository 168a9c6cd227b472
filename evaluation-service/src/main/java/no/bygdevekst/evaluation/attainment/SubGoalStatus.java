package no.bygdevekst.evaluation.attainment;

/** How a sub-goal stands against its result targets. */
public enum SubGoalStatus {
  ON_TRACK("I rute"),
  AT_RISK("Risiko"),
  OFF_TRACK("Ikke i rute"),
  NO_DATA("Ingen data");

  private final String label;

  SubGoalStatus(String label) {
    this.label = label;
  }

  /** The Norwegian label shown to people (CSV, chart). */
  public String label() {
    return label;
  }
}
