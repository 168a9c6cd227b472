package no.bygdevekst.actionplan.measure;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import no.bygdevekst.actionplan.plan.MeasureView;
import no.bygdevekst.platform.http.ConditionalReads;
import no.bygdevekst.platform.http.ETags;
import no.bygdevekst.platform.openapi.ApiHeaders;
import no.bygdevekst.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The measures (tiltak) of a plan. */
@Path("/api/v1/action-plans/{id}/measures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Measures", description = "Tiltak under the sub-goals of a plan")
public class MeasureResource {
  private final MeasureService service;
  private final ConditionalReads reads;

  @Inject
  public MeasureResource(MeasureService service, ConditionalReads reads) {
    this.service = service;
    this.reads = reads;
  }

  @POST
  @RolesAllowed(Roles.MUNICIPALITY)
  @Operation(
      operationId = "addMeasure",
      summary = "Add a measure under a sub-goal",
      description =
          "While the plan is a DRAFT or RETURNED, by a municipality of the agreement. The sub-goal"
              + " must be the agreement's, the responsible party a principal party, the partners"
              + " among the sub-goal's partners. Voids the consents on that sub-goal.")
  @APIResponse(
      responseCode = "201",
      description = "Added; ETag is the measure's version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MeasureView.class)),
      headers = {@Header(ref = ApiHeaders.LOCATION), @Header(ref = ApiHeaders.ETAG)})
  @APIResponse(responseCode = "400", description = "Invalid measure; errors lists each field")
  @APIResponse(responseCode = "403", description = "Not a municipality of this agreement")
  @APIResponse(responseCode = "409", description = "The plan is not a DRAFT or RETURNED")
  public Response add(
      @Parameter(description = "The plan's id") @PathParam("id") UUID planId,
      @Valid @NotNull MeasureRequest request,
      @Context UriInfo uri) {
    MeasureView measure = service.add(planId, request);
    return Response.created(
            uri.getAbsolutePathBuilder().path(measure.measureId().toString()).build())
        .tag(ETags.of(measure.version()))
        .entity(measure)
        .build();
  }

  @GET
  @Path("/{measureId}")
  @Authenticated
  @Operation(
      operationId = "getMeasure",
      summary = "One measure",
      description = "Its ETag is needed to change or remove it.")
  @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER)
  @APIResponse(
      responseCode = "200",
      description = "The measure",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MeasureView.class)),
      headers = @Header(ref = ApiHeaders.ETAG))
  @APIResponse(responseCode = "404", description = "No such plan or measure")
  public Response get(
      @Parameter(description = "The plan's id") @PathParam("id") UUID planId,
      @Parameter(description = "The measure's id") @PathParam("measureId") UUID measureId) {
    MeasureView measure = service.get(planId, measureId);
    return reads.privateRead(ETags.of(measure.version()), () -> measure);
  }

  @PUT
  @Path("/{measureId}")
  @RolesAllowed(Roles.MUNICIPALITY)
  @Operation(
      operationId = "changeMeasure",
      summary = "Change a measure",
      description =
          "Replaces the measure's content; needs If-Match with its ETag. A real change voids the"
              + " consents on its sub-goal (both sub-goals when it moves).")
  @APIResponse(
      responseCode = "200",
      description = "Changed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MeasureView.class)),
      headers = @Header(ref = ApiHeaders.ETAG))
  @APIResponse(responseCode = "400", description = "Invalid measure; errors lists each field")
  @APIResponse(responseCode = "403", description = "Not a municipality of this agreement")
  @APIResponse(responseCode = "409", description = "The plan is not a DRAFT or RETURNED")
  @APIResponse(responseCode = "412", description = "Changed since you read it")
  @APIResponse(responseCode = "428", description = "No If-Match")
  public Response update(
      @Parameter(description = "The plan's id") @PathParam("id") UUID planId,
      @Parameter(description = "The measure's id") @PathParam("measureId") UUID measureId,
      @Parameter(description = "The measure's ETag", required = true)
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      @Valid @NotNull MeasureRequest request) {
    MeasureView measure = service.update(planId, measureId, request, ifMatch);
    return Response.ok(measure).tag(ETags.of(measure.version())).build();
  }

  @DELETE
  @Path("/{measureId}")
  @RolesAllowed(Roles.MUNICIPALITY)
  @Operation(
      operationId = "removeMeasure",
      summary = "Remove a measure",
      description = "Needs If-Match with its ETag; voids the consents on its sub-goal.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "403", description = "Not a municipality of this agreement")
  @APIResponse(responseCode = "409", description = "The plan is not a DRAFT or RETURNED")
  @APIResponse(responseCode = "412", description = "Changed since you read it")
  @APIResponse(responseCode = "428", description = "No If-Match")
  public Response remove(
      @Parameter(description = "The plan's id") @PathParam("id") UUID planId,
      @Parameter(description = "The measure's id") @PathParam("measureId") UUID measureId,
      @Parameter(description = "The measure's ETag", required = true)
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch) {
    service.remove(planId, measureId, ifMatch);
    return Response.noContent().build();
  }
}
