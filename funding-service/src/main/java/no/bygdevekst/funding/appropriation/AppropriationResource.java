package no.bygdevekst.funding.appropriation;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import no.bygdevekst.platform.http.Page;
import no.bygdevekst.platform.http.PageRequest;
import no.bygdevekst.platform.idempotency.IdempotentCommands;
import no.bygdevekst.platform.openapi.ApiHeaders;
import no.bygdevekst.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/appropriations")
@Tag(name = "Appropriations", description = "The scheme's budget per year (bevilgning)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppropriationResource {
  private final AppropriationService service;
  private final IdempotentCommands idempotency;

  @Inject
  public AppropriationResource(AppropriationService service, IdempotentCommands idempotency) {
    this.service = service;
    this.idempotency = idempotency;
  }

  @POST
  @RolesAllowed(Roles.KDD)
  @Operation(
      operationId = "recordAppropriation",
      summary = "Record the scheme's budget for a year",
      description =
          "An appropriation is the money the Storting's budget decision makes available to the"
              + " grant scheme for a year. A year may have several (e.g. an addition in the"
              + " revised budget), each with its own budget decision reference. Grants are"
              + " awarded from it and never add up to more than it holds.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AppropriationView.class)),
      headers = @Header(ref = ApiHeaders.LOCATION))
  @APIResponse(responseCode = "400", description = "Invalid request; errors lists each field")
  @APIResponse(
      responseCode = "409",
      description = "The year already has an appropriation with this budget decision reference")
  public Response create(
      @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey,
      @Valid @NotNull NewAppropriation request) {
    return idempotency.execute(
        "POST /api/v1/appropriations",
        idempotencyKey,
        request,
        () -> {
          AppropriationView view = service.create(request);
          return Response.created(URI.create("/api/v1/appropriations/" + view.id()))
              .entity(view)
              .build();
        });
  }

  @GET
  @Authenticated
  @Operation(
      operationId = "listAppropriations",
      summary = "Page through appropriations",
      description = "Filter by year.")
  @APIResponse(responseCode = "200", description = "A page of appropriations")
  public Page<AppropriationView> list(
      @Parameter(description = "Only appropriations for this year", example = "2025")
          @QueryParam("year")
          Integer year,
      @BeanParam PageRequest page) {
    return service.list(year, page.validated());
  }

  @GET
  @Path("{id}")
  @Authenticated
  @Operation(
      operationId = "getAppropriation",
      summary = "One appropriation",
      description = "With what has been awarded from it and what remains.")
  @APIResponse(responseCode = "200", description = "The appropriation")
  @APIResponse(responseCode = "404", description = "No such appropriation")
  public AppropriationView get(
      @Parameter(description = "The appropriation's id") @PathParam("id") UUID id) {
    return service.get(id);
  }
}
