package no.bygdevekst.evaluation.config;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.bygdevekst.platform.problem.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Gives a body of the wrong shape (an unknown enum value, a text where a number belongs) the
 * platform's problem detail with the field in error. Without it, Quarkus' own mapper for {@link
 * MismatchedInputException}, being more specific than the platform's mapper for any JSON failure,
 * answers with a bare JSON object instead of a problem detail.
 */
public class JsonInputProblems {
  private final ProblemMappers mappers = new ProblemMappers();

  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
    return mappers.json(e, uri);
  }
}
