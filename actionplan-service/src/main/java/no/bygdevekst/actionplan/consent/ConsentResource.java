package no.bygdevekst.actionplan.consent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import no.bygdevekst.actionplan.plan.PlanView;
import no.bygdevekst.platform.http.ETags;
import no.bygdevekst.platform.openapi.ApiHeaders;
import no.bygdevekst.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Partners' consent to the sub-goals of a plan they are named under. */
@Path("/api/v1/action-plans/{id}/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consents", description = "Samtykke fra samarbeidsparter")
public class ConsentResource {
  private final ConsentService service;

  @Inject
  public ConsentResource(ConsentService service) {
    this.service = service;
  }

  @POST
  @RolesAllowed(Roles.PARTNER)
  @Operation(
      operationId = "decideConsent",
      summary = "Consent to, or object to, sub-goals of the plan",
      description =
          "By a cooperation partner (claim org), for sub-goals it is named under that have"
              + " measures, while the plan is a DRAFT or RETURNED. The decision holds for the"
              + " sub-goal's current content: a later change to its measures voids it. An"
              + " objection needs a comment. Returns the plan.")
  @APIResponse(
      responseCode = "200",
      description = "Recorded; the plan as it is now",
      content = @Content(schema = @Schema(implementation = PlanView.class)),
      headers = @Header(ref = ApiHeaders.ETAG))
  @APIResponse(responseCode = "400", description = "Invalid request or unknown sub-goal")
  @APIResponse(
      responseCode = "403",
      description = "Not a partner, or not named under one of the sub-goals")
  @APIResponse(
      responseCode = "409",
      description = "The plan is not a DRAFT or RETURNED, or a sub-goal has no measures")
  public Response decide(
      @Parameter(description = "The plan's id") @PathParam("id") UUID planId,
      @Valid @NotNull ConsentRequest request) {
    PlanView plan = service.decide(planId, request);
    return Response.ok(plan).tag(ETags.of(plan.version())).build();
  }
}
