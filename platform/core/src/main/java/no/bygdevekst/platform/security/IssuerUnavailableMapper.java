package no.bygdevekst.platform.security;

import io.quarkus.oidc.OIDCException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.bygdevekst.platform.problem.Problem;
import no.bygdevekst.platform.problem.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A token whose issuer's keys cannot be fetched right now (its JWKS does not answer) is neither
 * valid nor invalid: 503 with {@code Retry-After}, not a 401 that would blame the caller, and not
 * an unexpected failure. Quarkus OIDC logs the issuer's address as a warning; tokens of the other
 * issuers keep working.
 */
public class IssuerUnavailableMapper {
  static final int RETRY_AFTER_SECONDS = 30;

  @ServerExceptionMapper
  public Response issuerUnavailable(OIDCException e, UriInfo uri) {
    return Response.status(503)
        .type(Problem.MEDIA_TYPE)
        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
        .entity(
            new Problem(
                Problems.type("issuer-unavailable"),
                "Service unavailable",
                503,
                "The keys of the token's issuer cannot be fetched now; try again shortly",
                uri.getPath(),
                null,
                null))
        .build();
  }
}
