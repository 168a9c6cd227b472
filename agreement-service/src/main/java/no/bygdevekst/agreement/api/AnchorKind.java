package no.bygdevekst.agreement.api;

/** What an agreement is anchored in (forankring). */
public enum AnchorKind {
  /** A municipal council's or county council's decision (politisk vedtak). */
  POLITICAL_DECISION,
  /** A plan, such as kommuneplanens samfunnsdel or a regional plan strategy. */
  PLAN,
  /** A decision of the government (regjeringsvedtak). */
  GOVERNMENT_DECISION,
  /** A white paper to the Storting (Meld. St.). */
  WHITE_PAPER,
  /** Any other governing document. */
  OTHER
}
