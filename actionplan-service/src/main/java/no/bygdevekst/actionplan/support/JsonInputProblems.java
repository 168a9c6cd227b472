package no.bygdevekst.actionplan.support;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.bygdevekst.platform.problem.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Sends a body of the wrong type or with an unknown enum value to the platform's problem details.
 * Quarkus registers its own mapper for {@link MismatchedInputException}, which is nearer to the
 * exception than the platform's mapper for {@code JsonProcessingException} and answers with plain
 * JSON; this one takes precedence over it until the platform maps the type itself.
 */
public class JsonInputProblems {
  private final ProblemMappers problems = new ProblemMappers();

  @ServerExceptionMapper(priority = Priorities.USER)
  public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
    return problems.json(e, uri);
  }
}
