package no.bygdevekst.funding.grant;

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
import no.bygdevekst.platform.audit.AuditEntry;
import no.bygdevekst.platform.audit.AuditTrail;
import no.bygdevekst.platform.http.ConditionalReads;
import no.bygdevekst.platform.http.ETags;
import no.bygdevekst.platform.http.Page;
import no.bygdevekst.platform.http.PageRequest;
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

@Path("/api/v1/grants")
@Tag(name = "Grants", description = "Grants (tilsagn) to agreements, by year")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GrantResource {
  private final GrantService service;
  private final GrantViews views;
  private final GrantQueries queries;
  private final IdempotentCommands idempotency;
  private final AuditTrail audit;
  private final ConditionalReads reads;

  @Inject
  public GrantResource(
      GrantService service,
      GrantViews views,
      GrantQueries queries,
      IdempotentCommands idempotency,
      AuditTrail audit,
      ConditionalReads reads) {
    this.service = service;
    this.views = views;
    this.queries = queries;
    this.idempotency = idempotency;
    this.audit = audit;
    this.reads = reads;
  }

  @POST
  @RolesAllowed(Roles.KDD)
  @Operation(
      operationId = "awardGrant",
      summary = "Award a grant (tilsagn), or add to one",
      description =
          "Awards a grant to an agreement for a year from that year's appropriation, with its"
              + " conditions. Needs an approved action plan for the agreement and year. An"
              + " agreement has at most one grant per year: a further award must say"
              + " \"addition\": true and adds to it. Send an Idempotency-Key so that a retry"
              + " never awards twice.")
  @APIResponse(
      responseCode = "201",
      description = "Grant awarded",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GrantView.class)),
      headers = {@Header(ref = ApiHeaders.LOCATION), @Header(ref = ApiHeaders.ETAG)})
  @APIResponse(
      responseCode = "200",
      description = "Added to the existing grant",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GrantView.class)),
      headers = @Header(ref = ApiHeaders.ETAG))
  @APIResponse(
      responseCode = "400",
      description = "Invalid request, or no such appropriation; errors lists each field")
  @APIResponse(
      responseCode = "409",
      description =
          "No approved plan, beyond the appropriation's remaining amount, appropriation of another"
              + " year, a second grant without addition, or a closed grant",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = AwardConflictProblem.class)))
  @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
  public Response award(
      @Parameter(description = "A key unique to this award; a retry with it replays the answer")
          @HeaderParam(IdempotentCommands.HEADER)
          String idempotencyKey,
      @Valid @NotNull AwardRequest request) {
    return idempotency.execute(
        "POST /api/v1/grants",
        idempotencyKey,
        request,
        () -> {
          GrantService.Awarded awarded = service.award(request);
          GrantView view = views.of(awarded.grant());
          Response.ResponseBuilder response =
              awarded.created()
                  ? Response.created(URI.create("/api/v1/grants/" + view.id()))
                  : Response.ok();
          return response.entity(view).tag(ETags.of(view.grantVersion())).build();
        });
  }

  @GET
  @Authenticated
  @Operation(
      operationId = "listGrants",
      summary = "Page through grants",
      description = "Newest year first; filter by agreement and year.")
  @APIResponse(responseCode = "200", description = "A page of grants")
  public Page<GrantView> list(
      @Parameter(description = "Only the grants of this agreement") @QueryParam("agreementId")
          UUID agreementId,
      @Parameter(description = "Only grants for this year", example = "2025") @QueryParam("year")
          Integer year,
      @BeanParam PageRequest page) {
    return queries.list(agreementId, year, page.validated());
  }

  @GET
  @Path("{id}")
  @Authenticated
  @Operation(
      operationId = "getGrant",
      summary = "One grant",
      description =
          "The award(s) with conditions, allocations per sub-goal and measure, disbursements,"
              + " and what remains: unallocatedOre (not yet allocated), remainingOre (not yet"
              + " paid out), and after closing notPaidOutOre. The ETag is the grantVersion.")
  @APIResponse(
      responseCode = "200",
      description = "The grant",
      content = @Content(schema = @Schema(implementation = GrantView.class)),
      headers = @Header(ref = ApiHeaders.ETAG))
  @APIResponse(responseCode = "404", description = "No such grant")
  public Response get(@Parameter(description = "The grant's id") @PathParam("id") UUID id) {
    GrantView view = views.get(id);
    // It shows the plan in force too, which a newer approved revision changes without a new
    // grantVersion: the ETag is the grant's version, never answered with a 304.
    return reads.privateReadOfVersion(ETags.of(view.grantVersion()), view);
  }

  @GET
  @Path("{id}/audit")
  @RolesAllowed({Roles.KDD, Roles.READER, Roles.MUNICIPALITY})
  @Operation(
      operationId = "getGrantAuditTrail",
      summary = "Who changed the grant and when",
      description = "The audit trail of the grant, oldest first.")
  @APIResponse(responseCode = "200", description = "A page of audit records")
  @APIResponse(responseCode = "404", description = "No such grant")
  public Page<AuditEntry> auditTrail(
      @Parameter(description = "The grant's id") @PathParam("id") UUID id,
      @BeanParam PageRequest page) {
    views.get(id);
    return audit.of(GrantService.AGGREGATE, id, page.validated());
  }
}
