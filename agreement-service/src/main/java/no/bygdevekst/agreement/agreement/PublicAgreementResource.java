package no.bygdevekst.agreement.agreement;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import no.bygdevekst.agreement.api.AgreementView;
import no.bygdevekst.platform.http.ConditionalReads;
import no.bygdevekst.platform.http.ETags;
import no.bygdevekst.platform.http.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What the Distriktssenteret portal reads without a token: signed, active and concluded agreements,
 * never drafts, cacheable ({@code bygdevekst.public-cache.max-age}) and revalidated by ETag.
 */
@Path("/api/v1/public/agreements")
@Tag(name = "Public", description = "Published agreements, no token needed")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicAgreementResource {
  private final AgreementQueries queries;
  private final ConditionalReads reads;

  public PublicAgreementResource(AgreementQueries queries, ConditionalReads reads) {
    this.queries = queries;
    this.reads = reads;
  }

  @GET
  @Operation(
      operationId = "listPublishedAgreements",
      summary = "Published agreements",
      description =
          "Signed, active and concluded agreements, newest period first; filter by status,"
              + " municipality and year. Cacheable: send the ETag back in If-None-Match.")
  @APIResponse(
      responseCode = "200",
      description = "A page of agreements",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "PageAgreementSummary")))
  @APIResponse(responseCode = "400", description = "A filter or paging value is not understood")
  public Response list(
      @Parameter(
              description = "Only agreements with this status",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"SIGNED", "ACTIVE", "CONCLUDED"}))
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
    AgreementFilter filter =
        AgreementFilter.parse(status, municipality, year, AgreementQueries.PUBLIC);
    return reads.publicRead(() -> queries.page(filter, AgreementQueries.PUBLIC, page.validated()));
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getPublishedAgreement",
      summary = "One published agreement",
      description =
          "A signed, active or concluded agreement; drafts do not exist here. The ETag is the"
              + " agreement's version.")
  @APIResponse(
      responseCode = "200",
      description = "The agreement",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AgreementView.class)))
  @APIResponse(responseCode = "404", description = "No such published agreement")
  public Response get(@Parameter(description = "The agreement's id") @PathParam("id") UUID id) {
    AgreementView view = queries.find(id, AgreementQueries.PUBLIC).forPublic();
    return reads.publicRead(ETags.of(view.version()), () -> view);
  }
}
