package no.bygdevekst.funding.config;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.bygdevekst.platform.problem.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Makes a body with a value of the wrong type ({@code "amountOre": 10.5}) a problem detail naming
 * the field. Quarkus REST's own mapper for {@link MismatchedInputException} is more specific than
 * the platform's mapper for {@code JsonProcessingException} and would otherwise answer with a bare
 * JSON object; this hands the exception to the platform's mapping instead.
 */
public class JsonInputProblems {
  private final ProblemMappers problems = new ProblemMappers();

  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
    return problems.json(e, uri);
  }
}
