package no.bygdevekst.evaluation.report;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import no.bygdevekst.platform.http.ConditionalReads;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Published goal attainment for the Distriktssenteret portal: no token, cacheable. */
@Path("/api/v1/public/agreements/{id}/attainment")
@Tag(name = "Public", description = "Published data, for the portal; no token needed")
public class PublicAttainmentResource {
  private final PublicAttainmentService service;
  private final ConditionalReads reads;

  @Inject
  public PublicAttainmentResource(PublicAttainmentService service, ConditionalReads reads) {
    this.service = service;
    this.reads = reads;
  }

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getPublishedAttainment",
      summary = "Published goal attainment of an agreement",
      description =
          "The newest publication of each report (final, and status per year), as published."
              + " Only agreements that are ACTIVE or CONCLUDED and have a published report;"
              + " anything else is 404, so that nothing unpublished can be told apart. Send the"
              + " ETag back in If-None-Match to get 304 when nothing changed.")
  @APIResponse(
      responseCode = "200",
      description = "The published reports",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PublicAttainment.class)))
  @APIResponse(responseCode = "404", description = "Nothing published for this agreement")
  public Response get(@Parameter(description = "The agreement's id") @PathParam("id") UUID id) {
    return reads.publicRead(() -> service.published(id));
  }
}
