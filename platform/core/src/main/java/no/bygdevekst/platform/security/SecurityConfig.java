package no.bygdevekst.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The token issuers a service trusts, each verified against its own keys, and how their tokens turn
 * into roles and parties (docs/security.md, "Configuration").
 */
@ConfigMapping(prefix = "bygdevekst.security")
public interface SecurityConfig {
  /**
   * The trusted issuers by name. An entry without {@code issuer} is switched off, so that the
   * platform can name the usual ones (maskinporten, idporten, entra) and each environment switches
   * on those it uses.
   */
  Map<String, Issuer> issuers();

  /**
   * Maskinporten scope to role, as {@code scope=role}, for every issuer of kind {@link
   * TokenKind#MASKINPORTEN} that has no {@link Issuer#roles()} of its own.
   */
  List<String> maskinportenScopes();

  /**
   * The secret of the keyed hash of personal identity numbers (HMAC-SHA256, {@link
   * PersonalIdentifiers}); without it no hash is made, and a person is matched by issuer and
   * subject only.
   */
  Optional<String> pidHashSecret();

  /** One issuer's settings. */
  interface Issuer {
    /** The {@code iss} its tokens carry, exactly; absent: the issuer is switched off. */
    Optional<String> issuer();

    TokenKind kind();

    /** Where its signing keys are published (JWKS); no discovery document is read. */
    Optional<String> jwksUrl();

    /**
     * A PEM public key instead of a JWKS (the development issuer): a classpath resource, a file or
     * {@code file:} URL.
     */
    Optional<String> publicKeyLocation();

    /** The audiences of which a token must name one; absent: {@code aud} is not checked. */
    Optional<List<String>> audience();

    /**
     * Claim value to role, as {@code value=role}: scopes for Maskinporten (overrides {@link
     * SecurityConfig#maskinportenScopes()}), values of {@link #rolesClaim()} for role claims.
     * Absent for role claims: the values are the roles themselves.
     */
    Optional<List<String>> roles();

    /** Role claims: the claim holding the roles. */
    @WithDefault("groups")
    String rolesClaim();

    /** Role claims: the claim holding the kommunenummer of a municipality. */
    @WithDefault("municipality")
    String municipalityClaim();

    /** Role claims: the claim holding the organisation number of a partner. */
    @WithDefault("org")
    String organisationClaim();

    /** A person's token: the claim with the personal identity number, which is only ever hashed. */
    @WithDefault("pid")
    String pidClaim();

    /**
     * The least time between two fetches of the JWKS caused by an unknown key id, so that a new key
     * is picked up soon after the issuer starts using it, and random key ids cannot make the
     * service hammer the issuer.
     */
    @WithDefault("PT1M")
    Duration jwksRefreshInterval();

    /** How far {@code exp}, {@code nbf} and {@code iat} may be off the service's clock. */
    @WithDefault("PT30S")
    Duration clockSkew();
  }
}
