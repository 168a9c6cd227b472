package no.bygdevekst.agreement.history;

/** What made a new version of an agreement. */
public enum ChangeKind {
  REGISTERED,
  REPLACED,
  SIGNED,
  ACTIVATED,
  AMENDED,
  CONCLUDED
}
