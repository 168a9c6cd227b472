package no.bygdevekst.evaluation.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.evaluation.attainment.AttainmentReport;
import no.bygdevekst.evaluation.attainment.AttainmentService;
import no.bygdevekst.evaluation.attainment.ReportKind;
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

/**
 * The status report of a year and the final report of the period, as JSON, CSV or an SVG chart, and
 * their publication.
 */
@Path("/api/v1/agreements/{agreementId}/reports")
@Tag(name = "Reports", description = "Status and final reports, and their publication")
public class ReportResource {
  private static final MediaType CSV = MediaType.valueOf(ReportCsv.MEDIA_TYPE);
  private static final MediaType SVG = MediaType.valueOf(StatusChart.MEDIA_TYPE);
  private static final List<Variant> VARIANTS =
      Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, CSV, SVG).build();

  private final AttainmentService attainment;
  private final PublicationService publication;

  @Inject
  public ReportResource(AttainmentService attainment, PublicationService publication) {
    this.attainment = attainment;
    this.publication = publication;
  }

  @GET
  @Path("/status")
  @Produces({MediaType.APPLICATION_JSON, ReportCsv.MEDIA_TYPE, StatusChart.MEDIA_TYPE})
  @RolesAllowed({Roles.KDD, Roles.READER, Roles.MUNICIPALITY})
  @Operation(
      operationId = "getStatusReport",
      summary = "The status report of a year, for the political dialogue",
      description =
          "Goal attainment per sub-goal in the year with money and measures. JSON by default;"
              + " Accept: text/csv gives CSV (UTF-8 with BOM, ';' between fields, decimal comma);"
              + " Accept: image/svg+xml gives the chart.")
  @APIResponse(
      responseCode = "200",
      description = "The report",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AttainmentReport.class)),
        @Content(
            mediaType = ReportCsv.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = StatusChart.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      },
      headers = @Header(ref = ApiHeaders.CONTENT_DISPOSITION))
  @APIResponse(responseCode = "400", description = "year missing or outside the period")
  @APIResponse(responseCode = "403", description = "A municipality of another agreement")
  @APIResponse(responseCode = "404", description = "The agreement is not known here")
  public Response status(
      @Parameter(description = "The agreement's id") @PathParam("agreementId") UUID agreementId,
      @Parameter(
              description = "The year, within the agreement's period",
              example = "2025",
              required = true)
          @QueryParam("year")
          Integer year,
      @Context Request request) {
    MediaType type = negotiate(request);
    return render(attainment.status(agreementId, year), type);
  }

  @GET
  @Path("/status.svg")
  @Produces(StatusChart.MEDIA_TYPE)
  @RolesAllowed({Roles.KDD, Roles.READER, Roles.MUNICIPALITY})
  @Operation(
      operationId = "getStatusReportChart",
      summary = "The status report of a year as a chart",
      description =
          "An SVG bar chart: one bar per sub-goal (mean progress) against the target line,"
              + " coloured by status, with labels and a legend.")
  @APIResponse(
      responseCode = "200",
      description = "The chart",
      content =
          @Content(
              mediaType = StatusChart.MEDIA_TYPE,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "400", description = "year missing or outside the period")
  @APIResponse(responseCode = "403", description = "A municipality of another agreement")
  @APIResponse(responseCode = "404", description = "The agreement is not known here")
  public Response statusChart(
      @Parameter(description = "The agreement's id") @PathParam("agreementId") UUID agreementId,
      @Parameter(
              description = "The year, within the agreement's period",
              example = "2025",
              required = true)
          @QueryParam("year")
          Integer year) {
    return render(attainment.status(agreementId, year), SVG);
  }

  @GET
  @Path("/final")
  @Produces({MediaType.APPLICATION_JSON, ReportCsv.MEDIA_TYPE, StatusChart.MEDIA_TYPE})
  @RolesAllowed({Roles.KDD, Roles.READER, Roles.MUNICIPALITY})
  @Operation(
      operationId = "getFinalReport",
      summary = "Goal attainment per sub-goal at the end of the period",
      description =
          "Per indicator every year of the period (target, value or MISSING, progress) and, as its"
              + " attainment, the latest value in force against the final target. Money and"
              + " measures are summed over the period. JSON, CSV or SVG as for the status report.")
  @APIResponse(
      responseCode = "200",
      description = "The report",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AttainmentReport.class)),
        @Content(
            mediaType = ReportCsv.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = StatusChart.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      },
      headers = @Header(ref = ApiHeaders.CONTENT_DISPOSITION))
  @APIResponse(responseCode = "403", description = "A municipality of another agreement")
  @APIResponse(responseCode = "404", description = "The agreement is not known here")
  public Response finalReport(
      @Parameter(description = "The agreement's id") @PathParam("agreementId") UUID agreementId,
      @Context Request request) {
    MediaType type = negotiate(request);
    return render(attainment.finalReport(agreementId), type);
  }

  @GET
  @Path("/final.svg")
  @Produces(StatusChart.MEDIA_TYPE)
  @RolesAllowed({Roles.KDD, Roles.READER, Roles.MUNICIPALITY})
  @Operation(
      operationId = "getFinalReportChart",
      summary = "The final report as a chart",
      description = "As status.svg.")
  @APIResponse(
      responseCode = "200",
      description = "The chart",
      content =
          @Content(
              mediaType = StatusChart.MEDIA_TYPE,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "403", description = "A municipality of another agreement")
  @APIResponse(responseCode = "404", description = "The agreement is not known here")
  public Response finalChart(
      @Parameter(description = "The agreement's id") @PathParam("agreementId") UUID agreementId) {
    return render(attainment.finalReport(agreementId), SVG);
  }

  @POST
  @Path("/status/publication")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.KDD, Roles.MUNICIPALITY})
  @Operation(
      operationId = "publishStatusReport",
      summary = "Publish the status report of a year",
      description =
          "KDD or a municipality of the agreement publishes a snapshot of the report: the public"
              + " attainment endpoint shows it, and AttainmentReportPublished announces it."
              + " Publishing again replaces what the public sees with a new snapshot.")
  @APIResponse(
      responseCode = "201",
      description = "Published",
      content = @Content(schema = @Schema(implementation = PublicationView.class)),
      headers = @Header(ref = ApiHeaders.LOCATION))
  @APIResponse(responseCode = "400", description = "year missing or outside the period")
  @APIResponse(responseCode = "403", description = "Not KDD nor a municipality of the agreement")
  @APIResponse(responseCode = "404", description = "The agreement is not known here")
  @APIResponse(
      responseCode = "409",
      description = "The agreement is not active or concluded",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = PublicationConflictProblem.class)))
  public Response publishStatus(
      @Parameter(description = "The agreement's id") @PathParam("agreementId") UUID agreementId,
      @Parameter(
              description = "The year, within the agreement's period",
              example = "2025",
              required = true)
          @QueryParam("year")
          Integer year) {
    return created(agreementId, publication.publish(agreementId, ReportKind.STATUS, year));
  }

  @POST
  @Path("/final/publication")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.KDD, Roles.MUNICIPALITY})
  @Operation(
      operationId = "publishFinalReport",
      summary = "Publish the final report",
      description = "As for the status report, for goal attainment at the end of the period.")
  @APIResponse(
      responseCode = "201",
      description = "Published",
      content = @Content(schema = @Schema(implementation = PublicationView.class)),
      headers = @Header(ref = ApiHeaders.LOCATION))
  @APIResponse(responseCode = "403", description = "Not KDD nor a municipality of the agreement")
  @APIResponse(responseCode = "404", description = "The agreement is not known here")
  @APIResponse(
      responseCode = "409",
      description = "The agreement is not active or concluded",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = PublicationConflictProblem.class)))
  public Response publishFinal(
      @Parameter(description = "The agreement's id") @PathParam("agreementId") UUID agreementId) {
    return created(agreementId, publication.publish(agreementId, ReportKind.FINAL, null));
  }

  @GET
  @Path("/publications")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.KDD, Roles.READER, Roles.MUNICIPALITY})
  @Operation(
      operationId = "listReportPublications",
      summary = "Every publication of the agreement's reports",
      description = "Newest first, each with the snapshot that was published.")
  @APIResponse(responseCode = "200", description = "The publications")
  @APIResponse(responseCode = "403", description = "A municipality of another agreement")
  @APIResponse(responseCode = "404", description = "The agreement is not known here")
  public List<PublicationView> publications(
      @Parameter(description = "The agreement's id") @PathParam("agreementId") UUID agreementId) {
    return publication.publications(agreementId);
  }

  @GET
  @Path("/publications/{reportId}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.KDD, Roles.READER, Roles.MUNICIPALITY})
  @Operation(
      operationId = "getReportPublication",
      summary = "One publication",
      description = "With the snapshot that was published.")
  @APIResponse(responseCode = "200", description = "The publication")
  @APIResponse(responseCode = "404", description = "No such publication of this agreement")
  public PublicationView publicationOf(
      @Parameter(description = "The agreement's id") @PathParam("agreementId") UUID agreementId,
      @Parameter(description = "The publication's id") @PathParam("reportId") UUID reportId) {
    return publication.publication(agreementId, reportId);
  }

  private static Response created(UUID agreementId, PublicationView view) {
    return Response.created(
            URI.create(
                "/api/v1/agreements/" + agreementId + "/reports/publications/" + view.reportId()))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(view)
        .build();
  }

  private static MediaType negotiate(Request request) {
    Variant variant = request.selectVariant(VARIANTS);
    if (variant == null) {
      throw new NotAcceptableException();
    }
    return variant.getMediaType();
  }

  private static Response render(AttainmentReport report, MediaType type) {
    if (type.isCompatible(CSV)) {
      return Response.ok(ReportCsv.write(report), CSV)
          .header(
              HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(report) + "\"")
          .build();
    }
    if (type.isCompatible(SVG)) {
      return Response.ok(StatusChart.draw(report), SVG).build();
    }
    return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
  }

  private static String fileName(AttainmentReport report) {
    return report.kind() == ReportKind.FINAL
        ? "sluttrapport-" + report.agreementId() + ".csv"
        : "statusrapport-" + report.year() + "-" + report.agreementId() + ".csv";
  }
}
