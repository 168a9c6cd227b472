package no.bygdevekst.agreement.config;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.bygdevekst.platform.problem.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Work-around until the platform maps it: quarkus-rest-jackson ships a built-in mapper for {@link
 * MismatchedInputException} (a value of the wrong type, an unknown enum constant), which is more
 * specific than the platform's mapper for {@code JsonProcessingException} and so wins, answering
 * 400 with its own {@code application/json} body instead of a problem detail. This mapper for the
 * exact type hands the exception to the platform's.
 */
public class JsonInputMappers {
  private final ProblemMappers problems = new ProblemMappers();

  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
    return problems.json(e, uri);
  }
}
