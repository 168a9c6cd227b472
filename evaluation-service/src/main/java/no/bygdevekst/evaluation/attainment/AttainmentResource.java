package no.bygdevekst.evaluation.attainment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import no.bygdevekst.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Goal attainment per sub-goal for a year. */
@Path("/api/v1/agreements/{agreementId}/attainment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attainment", description = "Goal attainment (måloppnåelse) and reports")
public class AttainmentResource {
  private final AttainmentService attainment;

  @Inject
  public AttainmentResource(AttainmentService attainment) {
    this.attainment = attainment;
  }

  @GET
  @RolesAllowed({Roles.KDD, Roles.READER, Roles.MUNICIPALITY})
  @Operation(
      operationId = "getAttainment",
      summary = "Goal attainment per sub-goal in a year",
      description =
          "Per sub-goal: its indicators with the year's target, the value in force (or MISSING,"
              + " never zero) and the progress towards the target (1 = reached, also for"
              + " indicators where lower is better); a status (ON_TRACK, AT_RISK, OFF_TRACK,"
              + " NO_DATA) from the mean progress by the thresholds shown; the number of measures"
              + " in the approved plan; and the money planned, allocated and disbursed (øre).")
  @APIResponse(responseCode = "200", description = "The attainment")
  @APIResponse(responseCode = "400", description = "year missing or outside the period")
  @APIResponse(responseCode = "403", description = "A municipality of another agreement")
  @APIResponse(responseCode = "404", description = "The agreement is not known here")
  public AttainmentReport get(
      @Parameter(description = "The agreement's id") @PathParam("agreementId") UUID agreementId,
      @Parameter(
              description = "The year, within the agreement's period",
              example = "2025",
              required = true)
          @QueryParam("year")
          Integer year) {
    return attainment.status(agreementId, year);
  }
}
