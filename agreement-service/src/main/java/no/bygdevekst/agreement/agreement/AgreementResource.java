package no.bygdevekst.agreement.agreement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import no.bygdevekst.agreement.api.AgreementRequest;
import no.bygdevekst.agreement.api.AgreementStatus;
import no.bygdevekst.agreement.api.AgreementSummary;
import no.bygdevekst.agreement.api.AgreementView;
import no.bygdevekst.agreement.api.AmendmentRequest;
import no.bygdevekst.agreement.api.ConclusionRequest;
import no.bygdevekst.agreement.api.SignatureRequest;
import no.bygdevekst.platform.http.ConditionalReads;
import no.bygdevekst.platform.http.ETags;
import no.bygdevekst.platform.http.Page;
import no.bygdevekst.platform.http.PageRequest;
import no.bygdevekst.platform.idempotency.IdempotentCommands;
import no.bygdevekst.platform.openapi.ApiHeaders;
import no.bygdevekst.platform.problem.Problem;
import no.bygdevekst.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The agreement registry's API for the ministry, the municipalities, partners and readers. */
@Path("/api/v1/agreements")
@Tag(name = "Agreements", description = "Bygdevekstavtaler: register, sign, amend, conclude, read")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgreementResource {
  private final AgreementService service;
  private final AgreementQueries queries;
  private final IdempotentCommands idempotent;
  private final ConditionalReads reads;

  public AgreementResource(
      AgreementService service,
      AgreementQueries queries,
      IdempotentCommands idempotent,
      ConditionalReads reads) {
    this.service = service;
    this.queries = queries;
    this.idempotent = idempotent;
    this.reads = reads;
  }

  @POST
  @RolesAllowed(Roles.KDD)
  @Operation(
      operationId = "registerAgreement",
      summary = "Register a draft agreement",
      description =
          "Registers a bygdevekstavtale as a draft (DRAFT) with its principal parties, cooperation"
              + " partners, sub-goals, commitments and anchoring. Publishes AgreementRegistered."
              + " An optional Idempotency-Key makes a retry return the first response.")
  @APIResponse(
      responseCode = "201",
      description = "Registered; Location and ETag name it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AgreementView.class)),
      headers = {@Header(ref = ApiHeaders.LOCATION), @Header(ref = ApiHeaders.ETAG)})
  @APIResponse(responseCode = "400", description = "Invalid content; errors lists each field")
  @APIResponse(responseCode = "403", description = "Only kdd registers agreements")
  @APIResponse(
      responseCode = "409",
      description =
          "A municipality is already a principal party of another open agreement whose period"
              + " overlaps",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = AgreementOverlapProblem.class)))
  public Response register(
      @Parameter(description = "Makes a retried registration return the first response")
          @HeaderParam(IdempotentCommands.HEADER)
          String idempotencyKey,
      @Valid @NotNull AgreementRequest body,
      @Context UriInfo uri) {
    return idempotent.execute(
        "POST /api/v1/agreements",
        idempotencyKey,
        body,
        () -> {
          AgreementView view = AgreementMapper.toView(service.register(body));
          return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
              .tag(ETags.of(view.version()))
              .entity(view)
              .build();
        });
  }

  @GET
  @RolesAllowed({Roles.KDD, Roles.MUNICIPALITY, Roles.PARTNER, Roles.READER})
  @Operation(
      operationId = "listAgreements",
      summary = "Page through agreements",
      description = "Newest period first; filter by status, municipality (kommunenummer) and year.")
  @APIResponse(responseCode = "200", description = "A page of agreements")
  @APIResponse(responseCode = "400", description = "A filter or paging value is not understood")
  public Page<AgreementSummary> list(
      @Parameter(
              description = "Only agreements with this status",
              schema = @Schema(implementation = AgreementStatus.class))
          @QueryParam("status")
          String status,
      @Parameter(description = "Kommunenummer of a principal party", example = "5628")
          @QueryParam("municipality")
          String municipality,
      @Parameter(
              description = "Agreements whose period includes a day of this year",
              example = "2025",
              schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
          @QueryParam("year")
          String year,
      @BeanParam PageRequest page) {
    return queries.page(
        AgreementFilter.parse(status, municipality, year, AgreementQueries.ALL),
        AgreementQueries.ALL,
        page.validated());
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.KDD, Roles.MUNICIPALITY, Roles.PARTNER, Roles.READER})
  @Operation(
      operationId = "getAgreement",
      summary = "One agreement",
      description =
          "With parties, partners, sub-goals, commitments, anchoring, signatures and version. The"
              + " ETag is the version; send it in If-Match to change the agreement.")
  @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER)
  @APIResponse(
      responseCode = "200",
      description = "The agreement",
      content = @Content(schema = @Schema(implementation = AgreementView.class)),
      headers = @Header(ref = ApiHeaders.ETAG))
  @APIResponse(responseCode = "404", description = "No such agreement")
  public Response get(@Parameter(description = "The agreement's id") @PathParam("id") UUID id) {
    AgreementView view = queries.find(id, AgreementQueries.ALL);
    return reads.privateRead(ETags.of(view.version()), () -> view);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Roles.KDD)
  @Operation(
      operationId = "replaceAgreement",
      summary = "Replace a draft",
      description =
          "Replaces the whole content of a draft that nobody has signed yet. Needs If-Match with"
              + " the ETag last read. Publishes AgreementRegistered with the new version.")
  @APIResponse(
      responseCode = "200",
      description = "Replaced; the new ETag is returned",
      content = @Content(schema = @Schema(implementation = AgreementView.class)),
      headers = @Header(ref = ApiHeaders.ETAG))
  @APIResponse(responseCode = "400", description = "Invalid content; errors lists each field")
  @APIResponse(
      responseCode = "409",
      description = "Not a draft, already signed by someone, or overlapping another agreement",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = AgreementOverlapProblem.class)))
  @APIResponse(
      responseCode = "412",
      description = "The ETag is stale: someone changed it meanwhile")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response replace(
      @Parameter(description = "The agreement's id") @PathParam("id") UUID id,
      @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull AgreementRequest body) {
    return withTag(AgreementMapper.toView(service.replace(id, ifMatch, body)));
  }

  @POST
  @Path("{id}/signatures")
  @RolesAllowed({Roles.KDD, Roles.MUNICIPALITY})
  @Operation(
      operationId = "signAgreement",
      summary = "A principal party signs",
      description =
          "A municipality signs for its own kommunenummer, kdd for the ministry (KDD), with the date"
              + " of the party's political decision. When the last party has signed the agreement is"
              + " SIGNED, and ACTIVE at once if its period has started. Publishes AgreementSigned"
              + " (and AgreementActivated).")
  @APIResponse(
      responseCode = "200",
      description = "Signed; the agreement with its new ETag",
      content = @Content(schema = @Schema(implementation = AgreementView.class)),
      headers = @Header(ref = ApiHeaders.ETAG))
  @APIResponse(responseCode = "400", description = "A date is in the future or after the signing")
  @APIResponse(
      responseCode = "403",
      description = "Not signing for itself, or not a principal party")
  @APIResponse(
      responseCode = "409",
      description = "Already signed by this party, or not open for signing")
  public Response sign(
      @Parameter(description = "The agreement's id") @PathParam("id") UUID id,
      @Valid @NotNull SignatureRequest body) {
    return withTag(AgreementMapper.toView(service.sign(id, body)));
  }

  @POST
  @Path("{id}/amendments")
  @RolesAllowed(Roles.KDD)
  @Operation(
      operationId = "amendAgreement",
      summary = "Amend a signed or active agreement",
      description =
          "Changes the period, partners, sub-goals, commitments or anchoring, with a reason; makes a"
              + " new version. Needs If-Match. Publishes AgreementAmended.")
  @APIResponse(
      responseCode = "200",
      description = "Amended; the agreement with its new ETag",
      content = @Content(schema = @Schema(implementation = AgreementView.class)),
      headers = @Header(ref = ApiHeaders.ETAG))
  @APIResponse(responseCode = "400", description = "No reason, invalid content, or no change")
  @APIResponse(
      responseCode = "409",
      description = "Not signed or active, or overlapping another agreement",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = AgreementOverlapProblem.class)))
  @APIResponse(responseCode = "412", description = "The ETag is stale")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response amend(
      @Parameter(description = "The agreement's id") @PathParam("id") UUID id,
      @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull AmendmentRequest body) {
    return withTag(AgreementMapper.toView(service.amend(id, ifMatch, body)));
  }

  @POST
  @Path("{id}/conclusion")
  @RolesAllowed(Roles.KDD)
  @Operation(
      operationId = "concludeAgreement",
      summary = "Conclude an agreement",
      description =
          "Concludes a signed or active agreement on concludedOn (today if absent): at or after the"
              + " period's end, or earlier with a reason. Frees its municipalities for a new"
              + " agreement. Publishes AgreementConcluded.")
  @APIResponse(
      responseCode = "200",
      description = "Concluded; the agreement with its new ETag",
      content = @Content(schema = @Schema(implementation = AgreementView.class)),
      headers = @Header(ref = ApiHeaders.ETAG))
  @APIResponse(
      responseCode = "400",
      description = "Early without a reason, or a date in the future")
  @APIResponse(responseCode = "409", description = "A draft, or already concluded")
  public Response conclude(
      @Parameter(description = "The agreement's id") @PathParam("id") UUID id,
      @Valid ConclusionRequest body) {
    return withTag(AgreementMapper.toView(service.conclude(id, body)));
  }

  private static Response withTag(AgreementView view) {
    return Response.ok(view).tag(ETags.of(view.version())).build();
  }
}
