package no.bygdevekst.platform.security;

/** The roles of bearer tokens, in the {@code groups} claim. */
public final class Roles {
  private Roles() {}

  /** The ministry: registers agreements, approves plans, awards grants. */
  public static final String KDD = "kdd";

  /** A municipality, scoped to its kommunenummer in the {@code municipality} claim. */
  public static final String MUNICIPALITY = "municipality";

  /** A cooperation partner, scoped to its organisation number in the {@code org} claim. */
  public static final String PARTNER = "partner";

  /** A government system that reads. */
  public static final String READER = "reader";

  /** The ministry's party id when it signs or is named as a principal party. */
  public static final String MINISTRY_PARTY = "KDD";
}
