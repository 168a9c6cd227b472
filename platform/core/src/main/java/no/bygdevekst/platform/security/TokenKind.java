package no.bygdevekst.platform.security;

/**
 * The kinds of bearer token a service accepts, each read its own way ({@link IdentityReader}). An
 * issuer's configuration names its kind ({@code bygdevekst.security.issuers.<name>.kind}).
 */
public enum TokenKind {
  /**
   * Roles and the party in claims of the token itself: {@code groups}, {@code municipality} and
   * {@code org} (names configurable). The development tokens are of this kind.
   */
  ROLE_CLAIMS,

  /**
   * A Maskinporten access token of another system: roles from {@code scope} by the configured
   * mapping, the acting organisation from {@code consumer}, a vendor acting for it in {@code
   * supplier}.
   */
  MASKINPORTEN,

  /**
   * A person's access token (ID-porten, Entra ID): it says who the person is (issuer and subject),
   * never for whom they act; that comes from the representatives register ({@link PartyDirectory}).
   */
  PERSON
}
