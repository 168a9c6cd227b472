package no.bygdevekst.funding.allocation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import no.bygdevekst.platform.idempotency.IdempotentCommands;
import no.bygdevekst.platform.openapi.ApiHeaders;
import no.bygdevekst.platform.problem.Problem;
import no.bygdevekst.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/grants/{grantId}")
@Tag(name = "Allocations", description = "Spreading a grant across sub-goals and measures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MUNICIPALITY)
public class AllocationResource {
  private final AllocationService service;
  private final Allocators allocators;
  private final IdempotentCommands idempotency;

  @Inject
  public AllocationResource(
      AllocationService service, Allocators allocators, IdempotentCommands idempotency) {
    this.service = service;
    this.allocators = allocators;
    this.idempotency = idempotency;
  }

  @POST
  @Path("allocations")
  @Operation(
      operationId = "allocateGrant",
      summary = "Allocate grant money and own resources (fordeling)",
      description =
          "Allocates part of the grant, and the municipalities' own resources, to a sub-goal of"
              + " the approved plan, or to a measure under it. Grant allocations never add up to"
              + " more than the grant, nor a sub-goal's to more than its budget in the plan. Only"
              + " a municipality that is a principal party of the agreement may allocate.")
  @APIResponse(
      responseCode = "201",
      description = "Allocated: one new ledger entry",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AllocationResult.class)),
      headers = @Header(ref = ApiHeaders.LOCATION))
  @APIResponse(responseCode = "400", description = "Invalid request; errors lists each field")
  @APIResponse(responseCode = "403", description = "Not a principal municipality of the agreement")
  @APIResponse(responseCode = "404", description = "No such grant")
  @APIResponse(
      responseCode = "409",
      description =
          "Beyond the grant or the sub-goal's budget, a sub-goal or measure not in the approved"
              + " plan, or a closed grant",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = AllocationConflictProblem.class)))
  @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
  public Response allocate(
      @Parameter(description = "The grant's id") @PathParam("grantId") UUID grantId,
      @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey,
      @Valid @NotNull AllocationRequest request) {
    allocators.requireAllocator(grantId);
    return idempotency.execute(
        "POST /api/v1/grants/" + grantId + "/allocations",
        idempotencyKey,
        request,
        () -> {
          AllocationResult result = service.allocate(grantId, request);
          return Response.created(
                  URI.create("/api/v1/grants/" + grantId + "/ledger/" + result.entryId()))
              .entity(result)
              .build();
        });
  }

  @POST
  @Path("reallocations")
  @Operation(
      operationId = "reallocateGrant",
      summary = "Move grant money between sub-goals or measures (omfordeling)",
      description =
          "Moves allocated grant money from one sub-goal or measure to another of the approved"
              + " plan, as two ledger entries: nothing recorded before is changed. This is how"
              + " allocations flagged after a plan revision are put right. Money already paid"
              + " out under a sub-goal cannot be moved.")
  @APIResponse(
      responseCode = "201",
      description = "Reallocated: two new ledger entries",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReallocationResult.class)))
  @APIResponse(responseCode = "400", description = "Invalid request; errors lists each field")
  @APIResponse(responseCode = "403", description = "Not a principal municipality of the agreement")
  @APIResponse(responseCode = "404", description = "No such grant")
  @APIResponse(
      responseCode = "409",
      description =
          "Not that much allocated where it comes from, beyond the target's budget, a target not"
              + " in the approved plan, or a closed grant",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = AllocationConflictProblem.class)))
  @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
  public Response reallocate(
      @Parameter(description = "The grant's id") @PathParam("grantId") UUID grantId,
      @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey,
      @Valid @NotNull ReallocationRequest request) {
    allocators.requireAllocator(grantId);
    return idempotency.execute(
        "POST /api/v1/grants/" + grantId + "/reallocations",
        idempotencyKey,
        request,
        () ->
            Response.status(Response.Status.CREATED)
                .entity(service.reallocate(grantId, request))
                .build());
  }
}
