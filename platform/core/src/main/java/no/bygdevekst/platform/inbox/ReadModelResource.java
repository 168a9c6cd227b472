package no.bygdevekst.platform.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.bygdevekst.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators' view of the service's read models, and their rebuild from the topics. */
@Path("/api/v1/admin/read-models")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Read models kept from other services' events")
public class ReadModelResource {
  @Inject ReadModelRebuilder rebuilder;

  @GET
  @RolesAllowed({Roles.KDD, Roles.READER})
  @Operation(
      operationId = "list{Service}ReadModels",
      summary = "List read models",
      description =
          "The projections this service keeps from other services' events, with the number of events each has applied.")
  @APIResponse(responseCode = "200", description = "The read models")
  public List<ReadModelRebuilder.Description> list() {
    return rebuilder.list();
  }

  @POST
  @Path("{name}/rebuild")
  @RolesAllowed(Roles.KDD)
  @Operation(
      operationId = "rebuild{Service}ReadModel",
      summary = "Rebuild a read model from its topic",
      description =
          "Empties the projection and replays its topic from the start through the same idempotent"
              + " handlers; nothing is applied twice. Answers when the replay has reached the end of"
              + " the topic as it was when the rebuild began.")
  @APIResponse(responseCode = "200", description = "Rebuilt: what the replay read and applied")
  @APIResponse(responseCode = "404", description = "No read model of that name")
  @APIResponse(responseCode = "409", description = "A rebuild is already running")
  public ReadModelRebuilder.Result rebuild(
      @Parameter(description = "The read model's name, as the list shows it") @PathParam("name")
          String name) {
    return rebuilder.rebuild(name);
  }
}
