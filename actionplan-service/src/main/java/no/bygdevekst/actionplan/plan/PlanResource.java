package no.bygdevekst.actionplan.plan;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import no.bygdevekst.platform.audit.AuditEntry;
import no.bygdevekst.platform.http.ConditionalReads;
import no.bygdevekst.platform.http.ETags;
import no.bygdevekst.platform.http.Page;
import no.bygdevekst.platform.http.PageRequest;
import no.bygdevekst.platform.openapi.ApiHeaders;
import no.bygdevekst.platform.problem.Problem;
import no.bygdevekst.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Action plans (handlingsplaner): start, read, submit, approve, return, revise. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Action plans",
    description = "Handlingsplaner: one per agreement and year, revised yearly")
public class PlanResource {
  private final PlanService service;
  private final ApprovalService approvals;
  private final RevisionService revisions;
  private final ConditionalReads reads;

  @Inject
  public PlanResource(
      PlanService service,
      ApprovalService approvals,
      RevisionService revisions,
      ConditionalReads reads) {
    this.service = service;
    this.approvals = approvals;
    this.revisions = revisions;
    this.reads = reads;
  }

  @POST
  @Path("/agreements/{agreementId}/action-plans")
  @RolesAllowed(Roles.MUNICIPALITY)
  @Operation(
      operationId = "startActionPlan",
      summary = "Start the action plan for a year",
      description =
          "A municipality that is a principal party of a signed or active agreement starts revision"
              + " 1 of the plan for a year inside the agreement's period. One plan per agreement"
              + " and year; later changes after approval are new revisions.")
  @APIResponse(
      responseCode = "201",
      description = "Started, as a DRAFT",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanView.class)),
      headers = {@Header(ref = ApiHeaders.LOCATION), @Header(ref = ApiHeaders.ETAG)})
  @APIResponse(responseCode = "400", description = "Invalid year, or outside the period")
  @APIResponse(responseCode = "403", description = "Not a municipality of this agreement")
  @APIResponse(responseCode = "404", description = "No such agreement known here")
  @APIResponse(
      responseCode = "409",
      description = "The agreement is not signed or active, or the year has a plan",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = PlanExistsProblem.class)))
  public Response start(
      @Parameter(description = "The agreement's id") @PathParam("agreementId") UUID agreementId,
      @Valid @NotNull StartPlanRequest request,
      @Context UriInfo uri) {
    PlanView plan = service.start(agreementId, request);
    return Response.created(
            uri.getBaseUriBuilder().path("api/v1/action-plans/{id}").build(plan.id()))
        .tag(ETags.of(plan.version()))
        .entity(plan)
        .build();
  }

  @GET
  @Path("/agreements/{agreementId}/action-plans")
  @Authenticated
  @Operation(
      operationId = "listActionPlans",
      summary = "The plans of an agreement",
      description = "All years and revisions, by year and revision; filter by year and status.")
  @APIResponse(responseCode = "200", description = "One page of plans")
  @APIResponse(responseCode = "400", description = "A filter or paging value is not understood")
  @APIResponse(responseCode = "404", description = "No such agreement known here")
  public Page<PlanSummary> list(
      @Parameter(description = "The agreement's id") @PathParam("agreementId") UUID agreementId,
      @Parameter(
              description = "Only plans for this year",
              example = "2025",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "2000",
                      maximum = "2100"))
          @QueryParam("year")
          String year,
      @Parameter(
              description = "Only plans with this status",
              schema = @Schema(implementation = PlanStatus.class))
          @QueryParam("status")
          String status,
      @BeanParam PageRequest page) {
    return service.list(
        agreementId, QueryParams.year(year), QueryParams.status(status), page.validated());
  }

  @GET
  @Path("/action-plans/{id}")
  @Authenticated
  @Operation(
      operationId = "getActionPlan",
      summary = "One plan revision",
      description =
          "With its measures, totals per sub-goal, the consents in force and, while it is a DRAFT"
              + " or RETURNED, what still blocks its submission. The ETag is the plan's version.")
  @APIResponse(
      responseCode = "200",
      description = "The plan",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanView.class)),
      headers = @Header(ref = ApiHeaders.ETAG))
  @APIResponse(responseCode = "404", description = "No such plan")
  public Response get(@Parameter(description = "The plan's id") @PathParam("id") UUID id) {
    PlanView plan = service.view(id);
    // Its sub-goals, partners and readiness come from the agreement's read model too, which the
    // plan's version does not count: the ETag is for If-Match, never for a 304.
    return reads.privateReadOfVersion(ETags.of(plan.version()), plan);
  }

  @POST
  @Path("/action-plans/{id}/submission")
  @RolesAllowed(Roles.MUNICIPALITY)
  @Operation(
      operationId = "submitActionPlan",
      summary = "Send the plan to KDD",
      description =
          "By a municipality that is a principal party. Refused (409) while the plan has no"
              + " measures, while a measure uses a sub-goal, partner or party an amendment"
              + " removed (invalidMeasures), or until every named partner of every sub-goal with"
              + " measures has consented (missingConsents). If-Match is optional.")
  @APIResponse(
      responseCode = "200",
      description = "Submitted",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanView.class)),
      headers = @Header(ref = ApiHeaders.ETAG))
  @APIResponse(responseCode = "403", description = "Not a municipality of this agreement")
  @APIResponse(
      responseCode = "409",
      description = "Not ready, or not a DRAFT or RETURNED plan",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = PlanNotReadyProblem.class)))
  @APIResponse(responseCode = "412", description = "If-Match does not match")
  public Response submit(
      @Parameter(description = "The plan's id") @PathParam("id") UUID id,
      @Parameter(description = "The plan's ETag, optional") @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch) {
    return withTag(service.submit(id, ifMatch));
  }

  @POST
  @Path("/action-plans/{id}/approval")
  @RolesAllowed(Roles.KDD)
  @Operation(
      operationId = "approveActionPlan",
      summary = "Approve a submitted plan (KDD)",
      description =
          "The plan becomes the revision in force for its year, superseding the earlier approved"
              + " revision; PlanApproved carries the budget per sub-goal and per measure.")
  @APIResponse(
      responseCode = "200",
      description = "Approved",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanView.class)),
      headers = @Header(ref = ApiHeaders.ETAG))
  @APIResponse(responseCode = "403", description = "Not KDD")
  @APIResponse(
      responseCode = "409",
      description =
          "Not SUBMITTED, or measures no longer fit the agreement after an amendment (return it)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = PlanNotReadyProblem.class)))
  public Response approve(
      @Parameter(description = "The plan's id") @PathParam("id") UUID id,
      @Parameter(description = "The plan's ETag, optional") @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch) {
    return withTag(approvals.approve(id, ifMatch));
  }

  @POST
  @Path("/action-plans/{id}/return")
  @RolesAllowed(Roles.KDD)
  @Operation(
      operationId = "returnActionPlan",
      summary = "Return a submitted plan with a reason (KDD)",
      description = "The plan becomes RETURNED and the municipalities may change it again.")
  @APIResponse(
      responseCode = "200",
      description = "Returned",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanView.class)),
      headers = @Header(ref = ApiHeaders.ETAG))
  @APIResponse(responseCode = "400", description = "No reason")
  @APIResponse(responseCode = "403", description = "Not KDD")
  @APIResponse(responseCode = "409", description = "Not SUBMITTED")
  public Response returnPlan(
      @Parameter(description = "The plan's id") @PathParam("id") UUID id,
      @Valid @NotNull ReturnRequest request,
      @Parameter(description = "The plan's ETag, optional") @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch) {
    return withTag(approvals.returnPlan(id, request, ifMatch));
  }

  @POST
  @Path("/action-plans/{id}/revisions")
  @RolesAllowed(Roles.MUNICIPALITY)
  @Operation(
      operationId = "reviseActionPlan",
      summary = "Start the next revision of an approved plan",
      description =
          "Copies the measures of the approved revision in force into a new DRAFT with the next"
              + " revision number; consents start empty. One revision under way at a time.")
  @APIResponse(
      responseCode = "201",
      description = "The new draft revision",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanView.class)),
      headers = {@Header(ref = ApiHeaders.LOCATION), @Header(ref = ApiHeaders.ETAG)})
  @APIResponse(responseCode = "403", description = "Not a municipality of this agreement")
  @APIResponse(
      responseCode = "409",
      description = "Not approved, superseded, or a revision is already under way",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = RevisionConflictProblem.class)))
  public Response revise(
      @Parameter(description = "The approved plan's id") @PathParam("id") UUID id,
      @Context UriInfo uri) {
    PlanView plan = revisions.revise(id);
    return Response.created(
            uri.getBaseUriBuilder().path("api/v1/action-plans/{id}").build(plan.id()))
        .tag(ETags.of(plan.version()))
        .entity(plan)
        .build();
  }

  @GET
  @Path("/action-plans/{id}/audit")
  @Authenticated
  @Operation(
      operationId = "getActionPlanAuditTrail",
      summary = "Who changed the plan, what and when",
      description = "Every write on the plan, its measures and consents, oldest first.")
  @APIResponse(responseCode = "200", description = "One page of the audit trail")
  @APIResponse(responseCode = "404", description = "No such plan")
  public Page<AuditEntry> audit(
      @Parameter(description = "The plan's id") @PathParam("id") UUID id,
      @BeanParam PageRequest page) {
    return service.audit(id, page.validated());
  }

  private static Response withTag(PlanView plan) {
    return Response.ok(plan).tag(ETags.of(plan.version())).build();
  }
}
