package no.bygdevekst.evaluation.indicator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Result targets (resultatmål) and their measurements. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "Result targets (resultatmål) and measured values")
public class IndicatorResource {
  private final IndicatorService indicators;
  private final MeasurementService measurements;
  private final ConditionalReads reads;

  @Inject
  public IndicatorResource(
      IndicatorService indicators, MeasurementService measurements, ConditionalReads reads) {
    this.indicators = indicators;
    this.measurements = measurements;
    this.reads = reads;
  }

  @POST
  @Path("/agreements/{agreementId}/indicators")
  @RolesAllowed(Roles.MUNICIPALITY)
  @Operation(
      operationId = "defineIndicator",
      summary = "Define a result target under a sub-goal",
      description =
          "A municipality that is a principal party of the agreement defines an indicator: sub-goal,"
              + " name, unit, measure type, direction, baseline, a target per year within the"
              + " period, and its source. Qualitative indicators state their assessment scale.")
  @APIResponse(
      responseCode = "201",
      description = "Defined; Location names it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IndicatorView.class)),
      headers = {@Header(ref = ApiHeaders.LOCATION), @Header(ref = ApiHeaders.ETAG)})
  @APIResponse(responseCode = "400", description = "Invalid: see the field list")
  @APIResponse(responseCode = "403", description = "Not a municipality of this agreement")
  @APIResponse(responseCode = "404", description = "The agreement is not known here")
  @APIResponse(
      responseCode = "409",
      description = "The sub-goal has a target of that name, or the agreement is concluded")
  public Response define(
      @Parameter(description = "The agreement's id") @PathParam("agreementId") UUID agreementId,
      @Valid @NotNull DefineIndicator command) {
    IndicatorView view = indicators.define(agreementId, command);
    return Response.created(URI.create("/api/v1/indicators/" + view.id()))
        .tag(ETags.of(view.version()))
        .entity(view)
        .build();
  }

  @GET
  @Path("/agreements/{agreementId}/indicators")
  @RolesAllowed({Roles.KDD, Roles.READER, Roles.MUNICIPALITY})
  @Operation(
      operationId = "listIndicators",
      summary = "List an agreement's result targets",
      description = "By sub-goal and name, paged; filter by subGoal.")
  @APIResponse(responseCode = "200", description = "One page of indicators")
  @APIResponse(responseCode = "403", description = "A municipality of another agreement")
  @APIResponse(responseCode = "404", description = "The agreement is not known here")
  public Page<IndicatorView> list(
      @Parameter(description = "The agreement's id") @PathParam("agreementId") UUID agreementId,
      @Parameter(description = "Only the indicators of this sub-goal (its number)", example = "1")
          @QueryParam("subGoal")
          Integer subGoal,
      @BeanParam PageRequest page) {
    return indicators.list(agreementId, subGoal, page.validated());
  }

  @GET
  @Path("/indicators/{id}")
  @RolesAllowed({Roles.KDD, Roles.READER, Roles.MUNICIPALITY})
  @Operation(
      operationId = "getIndicator",
      summary = "Read a result target with its measurement history",
      description =
          "Every measurement ever recorded, corrections included: a corrected value names the"
              + " measurement that corrected it (correctedBy) and is no longer current.")
  @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER)
  @APIResponse(
      responseCode = "200",
      description = "The indicator; ETag is its version",
      content = @Content(schema = @Schema(implementation = IndicatorView.class)),
      headers = @Header(ref = ApiHeaders.ETAG))
  @APIResponse(responseCode = "404", description = "No such indicator")
  public Response get(@Parameter(description = "The indicator's id") @PathParam("id") UUID id) {
    IndicatorView view = indicators.get(id);
    // its version goes up with every measurement, so it names the whole history shown
    return reads.privateRead(ETags.of(view.version()), () -> view);
  }

  @GET
  @Path("/indicators/{id}/audit")
  @RolesAllowed({Roles.KDD, Roles.READER, Roles.MUNICIPALITY})
  @Operation(
      operationId = "getIndicatorAuditTrail",
      summary = "Who changed a result target, and when",
      description = "Its definition and every measurement and correction, oldest first.")
  @APIResponse(responseCode = "200", description = "A page of audit records")
  @APIResponse(responseCode = "404", description = "No such indicator")
  public Page<AuditEntry> audit(
      @Parameter(description = "The indicator's id") @PathParam("id") UUID id,
      @BeanParam PageRequest page) {
    return indicators.audit(id, page.validated());
  }

  @POST
  @Path("/indicators/{id}/measurements")
  @RolesAllowed(Roles.MUNICIPALITY)
  @Operation(
      operationId = "recordMeasurement",
      summary = "Record an actual value for a year, or correct one",
      description =
          "A value (numbers as JSON numbers or decimal strings) or, for a qualitative indicator,"
              + " an assessment on its scale with a narrative; always a source. A year with a value"
              + " in force only takes a correction: name it in correctsMeasurementId. The"
              + " corrected value stays in the history.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MeasurementView.class)),
      headers = @Header(ref = ApiHeaders.LOCATION))
  @APIResponse(responseCode = "400", description = "Invalid: see the field list")
  @APIResponse(responseCode = "403", description = "Not a municipality of this agreement")
  @APIResponse(responseCode = "404", description = "No such indicator")
  @APIResponse(
      responseCode = "409",
      description = "The year has a value already (correct it), or the corrected one is outdated",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = MeasurementConflictProblem.class)))
  public Response record(
      @Parameter(description = "The indicator's id") @PathParam("id") UUID id,
      @Valid @NotNull RecordMeasurement command) {
    MeasurementView view = measurements.record(id, command);
    return Response.created(URI.create("/api/v1/indicators/" + id + "/measurements/" + view.id()))
        .entity(view)
        .build();
  }

  @GET
  @Path("/indicators/{id}/measurements/{measurementId}")
  @RolesAllowed({Roles.KDD, Roles.READER, Roles.MUNICIPALITY})
  @Operation(
      operationId = "getMeasurement",
      summary = "Read one measurement",
      description = "Current or corrected.")
  @APIResponse(responseCode = "200", description = "The measurement")
  @APIResponse(responseCode = "404", description = "No such indicator or measurement")
  public MeasurementView measurement(
      @Parameter(description = "The indicator's id") @PathParam("id") UUID id,
      @Parameter(description = "The measurement's id") @PathParam("measurementId")
          UUID measurementId) {
    return measurements.get(id, measurementId);
  }
}
