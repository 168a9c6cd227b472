package no.bygdevekst.platform.security;

import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Replaces the roles Quarkus OIDC read from a verified token with the caller's own ({@link
 * IdentityReader}), and keeps the whole {@link CallerIdentity} on the identity for {@link Caller}.
 * So every kind of token passes the same {@code @RolesAllowed} and {@link Caller} checks, and
 * nothing else in a token grants a role.
 */
@ApplicationScoped
public class CallerAugmentor implements SecurityIdentityAugmentor {
  private final IssuerTenants tenants;
  private final IdentityReader reader;

  public CallerAugmentor(IssuerTenants tenants, IdentityReader reader) {
    this.tenants = tenants;
    this.reader = reader;
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
      return Uni.createFrom().item(identity);
    }
    String name = identity.getAttribute(OidcUtils.TENANT_ID_ATTRIBUTE);
    SecurityConfig.Issuer issuer =
        tenants
            .issuer(name)
            .orElseThrow(() -> new IllegalStateException("No issuer is configured as " + name));
    if (reader.needsDirectory(issuer, token)) {
      return context.runBlocking(() -> augmented(identity, reader.read(name, issuer, token)));
    }
    return Uni.createFrom().item(augmented(identity, reader.read(name, issuer, token)));
  }

  private static SecurityIdentity augmented(SecurityIdentity identity, CallerIdentity caller) {
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(identity.getPrincipal())
        .addCredentials(identity.getCredentials())
        .addAttributes(identity.getAttributes())
        .addAttribute(CallerIdentity.ATTRIBUTE, caller)
        .addRoles(caller.roles())
        .setAnonymous(false)
        .build();
  }
}
