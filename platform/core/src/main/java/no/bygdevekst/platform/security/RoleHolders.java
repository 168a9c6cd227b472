package no.bygdevekst.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Refuses (403) a caller whose token is valid but who holds no role: a person registered nowhere.
 * Anyone can hold an ID-porten token, so being authenticated is never enough to read what is not
 * public. Anonymous callers pass, so that the endpoints' own annotations decide (401 where a role
 * is needed, the public endpoints open). Applied to {@code /api/v1/*} but {@code /api/v1/public/*}
 * by {@code quarkus.http.auth.permission.*} in the platform's configuration.
 */
@ApplicationScoped
public class RoleHolders implements HttpSecurityPolicy {
  public static final String NAME = "role-holders";

  @Override
  public Uni<CheckResult> checkPermission(
      RoutingContext request, Uni<SecurityIdentity> identity, AuthorizationRequestContext context) {
    return identity.map(
        id -> id.isAnonymous() || !id.getRoles().isEmpty() ? CheckResult.PERMIT : CheckResult.DENY);
  }

  @Override
  public String name() {
    return NAME;
  }
}
