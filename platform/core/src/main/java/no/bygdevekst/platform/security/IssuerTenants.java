package no.bygdevekst.platform.security;

import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantConfigResolver;
import io.quarkus.oidc.common.runtime.OidcCommonUtils;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;
import io.quarkus.oidc.runtime.OidcTenantConfig.SignatureAlgorithm;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One OIDC tenant per trusted issuer, chosen by the {@code iss} of the bearer token: Quarkus OIDC
 * then verifies the token against that issuer's keys only (signature, RS256 only, issuer, audience,
 * expiry, not-before), so a token that names one issuer and is signed with another's key fails. A
 * token of an issuer nobody configured gets no tenant: the default tenant is switched off, and the
 * caller stays anonymous (401 wherever a role is needed).
 *
 * <p>Reading {@code iss} here only picks the tenant, as Quarkus' own issuer-based resolution does
 * for static tenants; nothing in the token is trusted before the tenant has verified it.
 */
@Startup // a wrong issuer setting stops the start, not the first request
@ApplicationScoped
public class IssuerTenants implements TenantConfigResolver {
  private static final String BEARER = "bearer ";

  private final Map<String, OidcTenantConfig> byIssuer = new LinkedHashMap<>();
  private final Map<String, SecurityConfig.Issuer> byName = new LinkedHashMap<>();

  public IssuerTenants(SecurityConfig config) {
    config
        .issuers()
        .forEach(
            (name, issuer) ->
                issuer
                    .issuer()
                    .ifPresent(
                        iss -> {
                          byName.put(name, issuer);
                          if (byIssuer.put(iss, tenant(name, iss, issuer)) != null) {
                            throw new IllegalStateException(
                                "Two issuers are configured with iss " + iss);
                          }
                        }));
  }

  /** The settings of the issuer whose tenant verified a token, by the tenant's (issuer's) name. */
  public Optional<SecurityConfig.Issuer> issuer(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The names of the issuers switched on, in configuration order. */
  public Map<String, SecurityConfig.Issuer> enabled() {
    return java.util.Collections.unmodifiableMap(byName);
  }

  @Override
  public Uni<OidcTenantConfig> resolve(
      RoutingContext context, OidcRequestContext<OidcTenantConfig> requestContext) {
    return Uni.createFrom().item(tenantOf(context.request().getHeader("Authorization")));
  }

  OidcTenantConfig tenantOf(String authorization) {
    if (authorization == null
        || authorization.length() <= BEARER.length()
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    JsonObject claims;
    try {
      claims = OidcCommonUtils.decodeJwtContent(authorization.substring(BEARER.length()).strip());
    } catch (RuntimeException notAJwt) {
      return null;
    }
    Object iss = claims == null ? null : claims.getValue("iss");
    return iss instanceof String s ? byIssuer.get(s) : null;
  }

  private static OidcTenantConfig tenant(String name, String iss, SecurityConfig.Issuer issuer) {
    var builder =
        OidcTenantConfig.builder().tenantId(name).applicationType(ApplicationType.SERVICE);
    if (issuer.publicKeyLocation().isPresent()) {
      // A key of its own (the development issuer): no server to reach.
      builder.publicKey(PublicKeys.base64(issuer.publicKeyLocation().get()));
    } else {
      builder
          .authServerUrl(iss)
          .discoveryEnabled(false)
          .connectionTimeout(Duration.ofSeconds(5))
          .connectionRetryCount(1)
          .jwksPath(
              issuer
                  .jwksUrl()
                  .orElseThrow(
                      () ->
                          new IllegalStateException(
                              "Issuer " + name + " needs a jwks-url or a public-key-location")));
    }
    var token =
        builder
            .token()
            .issuer(iss)
            .signatureAlgorithm(SignatureAlgorithm.RS256)
            .allowJwtIntrospection(false)
            .allowOpaqueTokenIntrospection(false)
            .forcedJwkRefreshInterval(issuer.jwksRefreshInterval())
            .lifespanGrace(Math.toIntExact(issuer.clockSkew().toSeconds()))
            .subjectRequired(issuer.kind() == TokenKind.PERSON)
            .principalClaim(issuer.kind() == TokenKind.MASKINPORTEN ? "client_id" : "sub");
    issuer.audience().ifPresent(token::audience);
    return token.end().build();
  }
}
