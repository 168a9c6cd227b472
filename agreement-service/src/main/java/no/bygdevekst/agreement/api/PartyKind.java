package no.bygdevekst.agreement.api;

/** What kind of principal party (hovedpart) signs an agreement. */
public enum PartyKind {
  /** A municipality, identified by its four-digit kommunenummer. */
  MUNICIPALITY,
  /** The ministry (KDD), identified as {@code KDD}, on behalf of the state. */
  MINISTRY
}
