package no.bygdevekst.agreement.representative;

import jakarta.annotation.security.RolesAllowed;
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
import no.bygdevekst.agreement.api.RepresentativeEnding;
import no.bygdevekst.agreement.api.RepresentativeRequest;
import no.bygdevekst.agreement.api.RepresentativeView;
import no.bygdevekst.platform.http.ConditionalReads;
import no.bygdevekst.platform.http.ETags;
import no.bygdevekst.platform.http.Page;
import no.bygdevekst.platform.http.PageRequest;
import no.bygdevekst.platform.idempotency.IdempotentCommands;
import no.bygdevekst.platform.openapi.ApiHeaders;
import no.bygdevekst.platform.problem.Problems;
import no.bygdevekst.platform.security.Caller;
import no.bygdevekst.platform.security.PersonalIdentifiers;
import no.bygdevekst.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An agreement's register of representatives: which person acts for which principal municipality or
 * cooperation partner, from when to when (docs/security.md).
 */
@Path("/api/v1/agreements/{id}/representatives")
@Tag(
    name = "Representatives",
    description = "Who acts for which party of an agreement: register, end, read")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RepresentativeResource {
  private static final String PARTY_PATTERN = "\\d{4}|\\d{9}";

  private final RepresentativeService service;
  private final RepresentativeQueries queries;
  private final IdempotentCommands idempotent;
  private final ConditionalReads reads;
  private final Caller caller;
  private final PersonalIdentifiers identifiers;

  public RepresentativeResource(
      RepresentativeService service,
      RepresentativeQueries queries,
      IdempotentCommands idempotent,
      ConditionalReads reads,
      Caller caller,
      PersonalIdentifiers identifiers) {
    this.service = service;
    this.queries = queries;
    this.idempotent = idempotent;
    this.reads = reads;
    this.caller = caller;
    this.identifiers = identifiers;
  }

  @GET
  @RolesAllowed({Roles.KDD, Roles.MUNICIPALITY, Roles.PARTNER, Roles.READER})
  @Operation(
      operationId = "listRepresentatives",
      summary = "Page through the register of representatives",
      description =
          "Every registration of the agreement, ended ones included, oldest first; filter by"
              + " party. A person who represents a party elsewhere only reads the registers of"
              + " the agreements they act in.")
  @APIResponse(responseCode = "200", description = "A page of registrations")
  @APIResponse(responseCode = "404", description = "No such agreement")
  public Page<RepresentativeView> list(
      @Parameter(description = "The agreement's id") @PathParam("id") UUID id,
      @Parameter(
              description = "Only this party's: a kommunenummer or an organisation number",
              example = "5628")
          @QueryParam("party")
          String party,
      @BeanParam PageRequest page) {
    requireReader(id);
    if (party != null && !party.matches(PARTY_PATTERN)) {
      throw Problems.invalid(
          "party", "must be a kommunenummer (four digits) or an organisation number (nine)");
    }
    return queries.page(id, party, page.validated());
  }

  @POST
  @RolesAllowed({Roles.KDD, Roles.MUNICIPALITY, Roles.PARTNER})
  @Operation(
      operationId = "registerRepresentative",
      summary = "Register a person as a party's representative",
      description =
          "KDD registers anyone for any principal municipality or cooperation partner of the"
              + " agreement, and appoints administrators; a party's administrator registers its"
              + " own colleagues. The person acts in the role of the party (municipality or"
              + " partner) from validFrom. Publishes RepresentativeRegistered. An optional"
              + " Idempotency-Key makes a retry return the first response.")
  @APIResponse(
      responseCode = "201",
      description = "Registered; Location and ETag name it",
      content = @Content(schema = @Schema(implementation = RepresentativeView.class)),
      headers = {@Header(ref = ApiHeaders.LOCATION), @Header(ref = ApiHeaders.ETAG)})
  @APIResponse(
      responseCode = "400",
      description = "Invalid content, or the party is not the agreement's")
  @APIResponse(
      responseCode = "403",
      description = "Neither KDD nor the party's administrator, or an administrator appointing one")
  @APIResponse(
      responseCode = "409",
      description =
          "The person is registered for the party in an overlapping period already,"
              + " or the agreement is concluded")
  public Response register(
      @Parameter(description = "The agreement's id") @PathParam("id") UUID id,
      @Parameter(description = "Makes a retried registration return the first response")
          @HeaderParam(IdempotentCommands.HEADER)
          String idempotencyKey,
      @Valid @NotNull RepresentativeRequest body,
      @Context UriInfo uri) {
    // The idempotency record keeps a plain hash of the body: never of one with a pid in it.
    RepresentativeRequest kept =
        body.pid() == null ? body : body.withPid(identifiers.hash(body.pid()).orElse("pid"));
    return idempotent.execute(
        "POST /api/v1/agreements/" + id + "/representatives",
        idempotencyKey,
        kept,
        () -> {
          RepresentativeView view = queries.view(service.register(id, body));
          return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
              .tag(ETags.of(view.version()))
              .entity(view)
              .build();
        });
  }

  @GET
  @Path("{representativeId}")
  @RolesAllowed({Roles.KDD, Roles.MUNICIPALITY, Roles.PARTNER, Roles.READER})
  @Operation(
      operationId = "getRepresentative",
      summary = "One registration",
      description = "The ETag is its version; send it in If-Match to end it.")
  @APIResponse(
      responseCode = "200",
      description = "The registration",
      content = @Content(schema = @Schema(implementation = RepresentativeView.class)),
      headers = @Header(ref = ApiHeaders.ETAG))
  @APIResponse(responseCode = "404", description = "No such agreement or registration")
  public Response get(
      @Parameter(description = "The agreement's id") @PathParam("id") UUID id,
      @Parameter(description = "The registration's id") @PathParam("representativeId")
          UUID representativeId) {
    requireReader(id);
    RepresentativeView view = queries.find(id, representativeId);
    return reads.privateReadOfVersion(ETags.of(view.version()), view);
  }

  @POST
  @Path("{representativeId}/ending")
  @RolesAllowed({Roles.KDD, Roles.MUNICIPALITY, Roles.PARTNER})
  @Operation(
      operationId = "endRepresentative",
      summary = "End a registration",
      description =
          "The person no longer acts for the party after lastDay (yesterday if absent, so at"
              + " once). KDD ends any registration, a party's administrator its colleagues'."
              + " Needs If-Match. Publishes RepresentativeEnded.")
  @APIResponse(
      responseCode = "200",
      description = "Ended; the registration with its new ETag",
      content = @Content(schema = @Schema(implementation = RepresentativeView.class)),
      headers = @Header(ref = ApiHeaders.ETAG))
  @APIResponse(
      responseCode = "400",
      description = "lastDay before the day before it started, or after its last day")
  @APIResponse(
      responseCode = "403",
      description = "Neither KDD nor the party's administrator, or an administrator's own")
  @APIResponse(responseCode = "404", description = "No such agreement or registration")
  @APIResponse(responseCode = "409", description = "Ended already")
  @APIResponse(responseCode = "412", description = "The ETag is stale")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response end(
      @Parameter(description = "The agreement's id") @PathParam("id") UUID id,
      @Parameter(description = "The registration's id") @PathParam("representativeId")
          UUID representativeId,
      @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid RepresentativeEnding body) {
    RepresentativeView view = queries.view(service.end(id, representativeId, ifMatch, body));
    return Response.ok(view).tag(ETags.of(view.version())).build();
  }

  /** A person who represents a party elsewhere reads the registers they act in only. */
  private void requireReader(UUID id) {
    caller.requireAnyRole(id, Roles.KDD, Roles.MUNICIPALITY, Roles.PARTNER, Roles.READER);
  }
}
