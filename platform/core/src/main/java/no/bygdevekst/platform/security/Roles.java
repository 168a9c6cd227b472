package no.bygdevekst.platform.security;

/**
 * The roles a caller may hold, whatever kind of token it presented: from a development token's
 * {@code groups}, from Maskinporten scopes, or from a person's representations (docs/security.md).
 */
public final class Roles {
  private Roles() {}

  /** The ministry: registers agreements, approves plans, awards grants. */
  public static final String KDD = "kdd";

  /** A municipality, scoped to its kommunenummer. */
  public static final String MUNICIPALITY = "municipality";

  /** A cooperation partner, scoped to its organisation number. */
  public static final String PARTNER = "partner";

  /** A government system that reads. */
  public static final String READER = "reader";

  /** The ministry's party id when it signs or is named as a principal party. */
  public static final String MINISTRY_PARTY = "KDD";
}
