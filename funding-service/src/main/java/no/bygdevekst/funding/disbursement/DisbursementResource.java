package no.bygdevekst.funding.disbursement;

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
import java.util.UUID;
import no.bygdevekst.platform.idempotency.IdempotentCommands;
import no.bygdevekst.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/grants/{grantId}/disbursements")
@Tag(name = "Disbursements", description = "Payouts of grants (utbetalinger)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisbursementResource {
  private final DisbursementService service;
  private final IdempotentCommands idempotency;

  @Inject
  public DisbursementResource(DisbursementService service, IdempotentCommands idempotency) {
    this.service = service;
    this.idempotency = idempotency;
  }

  @POST
  @RolesAllowed(Roles.KDD)
  @Operation(
      operationId = "disburseGrant",
      summary = "Record a partial or final payout",
      description =
          "Records what is paid out under each sub-goal, never more than is allocated to it and"
              + " not yet paid. With \"final\": true it is the final payout: the grant is closed,"
              + " and what was granted and not paid out is shown as to be returned or withheld.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded: one ledger entry per line",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DisbursementResult.class)))
  @APIResponse(responseCode = "400", description = "Invalid request; errors lists each field")
  @APIResponse(responseCode = "404", description = "No such grant")
  @APIResponse(
      responseCode = "409",
      description =
          "Beyond what is allocated and unpaid, a sub-goal not in the plan, or a closed grant")
  @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
  public Response disburse(
      @Parameter(description = "The grant's id") @PathParam("grantId") UUID grantId,
      @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey,
      @Valid @NotNull DisbursementRequest request) {
    return idempotency.execute(
        "POST /api/v1/grants/" + grantId + "/disbursements",
        idempotencyKey,
        request,
        () ->
            Response.status(Response.Status.CREATED)
                .entity(service.disburse(grantId, request))
                .build());
  }
}
