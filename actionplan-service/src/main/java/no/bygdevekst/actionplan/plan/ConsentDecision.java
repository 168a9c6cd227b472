package no.bygdevekst.actionplan.plan;

/** A cooperation partner's answer to the content of a sub-goal in a plan. */
public enum ConsentDecision {
  CONSENT,
  OBJECT
}
