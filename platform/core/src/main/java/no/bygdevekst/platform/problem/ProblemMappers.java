package no.bygdevekst.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a request into a problem detail: no stack trace and no framework page ever
 * reaches a caller. Unexpected failures are logged with an id that the response carries.
 */
public class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri) {
    return respond(
        new Problem(
            Problems.type(e.slug()),
            e.title(),
            e.status(),
            e.getMessage(),
            uri.getPath(),
            e.errors(),
            e.extensions()));
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return problem(Problems.validation(errors), uri);
  }

  /**
   * Every Jackson failure, named type by type: the framework's own mappers for the specific types
   * would otherwise win over a mapper of their common supertype.
   */
  @ServerExceptionMapper(
      value = {
        JsonProcessingException.class,
        JsonParseException.class,
        JsonMappingException.class,
        MismatchedInputException.class,
        com.fasterxml.jackson.databind.exc.InvalidFormatException.class,
        com.fasterxml.jackson.databind.exc.ValueInstantiationException.class,
        com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.class,
        com.fasterxml.jackson.core.io.JsonEOFException.class,
        com.fasterxml.jackson.core.exc.InputCoercionException.class,
        com.fasterxml.jackson.core.exc.StreamConstraintsException.class,
        RefusedValue.class
      },
      priority = 1)
  public Response json(JsonProcessingException e, UriInfo uri) {
    return problem(JsonProblems.of(e), uri);
  }

  @ServerExceptionMapper(priority = 10)
  public Response web(WebApplicationException e, UriInfo uri) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof JsonProcessingException json) {
        return problem(JsonProblems.of(json), uri);
      }
      if (t instanceof ProblemException p) {
        return problem(p, uri); // a query or header parameter refused by BoundedParameters
      }
    }
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(e, uri);
    }
    Response.Status known = Response.Status.fromStatusCode(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    String detail =
        switch (status) {
          case 404 -> "There is nothing at " + uri.getPath();
          case 405 -> "This method is not allowed on " + uri.getPath();
          case 406 -> "None of the media types in Accept can be produced here";
          case 413 -> "The request body is larger than this service accepts";
          case 415 -> "Send the body as application/json";
          default -> e.getMessage();
        };
    Response.ResponseBuilder builder =
        Response.status(status)
            .type(Problem.MEDIA_TYPE)
            .entity(
                new Problem(
                    Problems.type(slug(title)), title, status, detail, uri.getPath(), null, null));
    if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
      builder.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
    }
    return builder.build();
  }

  /**
   * 401 with an RFC 6750 challenge: {@code invalid_token} when a token was sent and refused
   * (expired, not yet valid, another audience, an issuer not trusted here, a signature that is not
   * its issuer's), a bare {@code Bearer} when none was sent. The reason stays in the service's
   * debug log.
   */
  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthorized(RuntimeException e, UriInfo uri, HttpHeaders headers) {
    boolean sent = headers.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
    return Response.status(401)
        .type(Problem.MEDIA_TYPE)
        .header(HttpHeaders.WWW_AUTHENTICATE, sent ? "Bearer error=\"invalid_token\"" : "Bearer")
        .entity(
            new Problem(
                Problems.type("unauthorized"),
                "Unauthorized",
                401,
                sent
                    ? "The bearer token was refused: expired or not yet valid, meant for another"
                        + " audience, from an issuer not trusted here, or not signed with its"
                        + " issuer's key"
                    : "A bearer token is required",
                uri.getPath(),
                null,
                null))
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return problem(Problems.forbidden("Your role does not allow this request"), uri);
  }

  @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
  public Response staleWrite(RuntimeException e, UriInfo uri) {
    return problem(
        Problems.preconditionFailed(
            "Someone else changed this resource at the same time; read it again and retry with its new ETag"),
        uri);
  }

  @ServerExceptionMapper(priority = 10_000)
  public Response unexpected(Throwable e, UriInfo uri) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof ProblemException p) {
        return problem(p, uri);
      }
      if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
        return staleWrite((RuntimeException) t, uri);
      }
    }
    String id = UUID.randomUUID().toString();
    LOG.errorf(e, "Unexpected failure %s on %s", id, uri.getPath());
    return respond(
        new Problem(
            Problems.type("internal"),
            "Internal error",
            500,
            "The service failed unexpectedly; quote " + id + " when reporting it",
            uri.getPath(),
            null,
            Map.of("incident", id)));
  }

  /** The path of a violation without the method and parameter names: {@code lines[0].text}. */
  private static String fieldOf(ConstraintViolation<?> v) {
    List<String> names = new ArrayList<>();
    boolean bodyParameter = false;
    for (Path.Node node : v.getPropertyPath()) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
          continue;
        }
        case PARAMETER -> {
          names.add(node.getName());
          bodyParameter = true;
          continue;
        }
        default -> {}
      }
      if (bodyParameter && names.size() == 1) {
        names.clear(); // a field of the body: the parameter's name means nothing to the caller
        bodyParameter = false;
      }
      if (node.isInIterable() && !names.isEmpty()) {
        String key =
            node.getIndex() != null ? node.getIndex().toString() : String.valueOf(node.getKey());
        names.set(names.size() - 1, names.get(names.size() - 1) + "[" + key + "]");
      }
      if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
        names.add(node.getName());
      }
    }
    String field = String.join(".", names);
    return field.isEmpty() ? "body" : field;
  }

  private static String slug(String title) {
    return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
  }

  private static Response respond(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}
