package no.bygdevekst.agreement.agreement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import no.bygdevekst.agreement.api.AgreementSummary;
import no.bygdevekst.agreement.api.AgreementView;
import no.bygdevekst.platform.http.ETags;
import no.bygdevekst.platform.http.Page;
import no.bygdevekst.platform.http.PageRequest;
import no.bygdevekst.platform.openapi.ApiHeaders;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What the Distriktssenteret portal reads without a token: signed, active and concluded agreements,
 * never drafts, cacheable for a minute and revalidated by ETag.
 */
@Path("/api/v1/public/agreements")
@Tag(name = "Public", description = "Published agreements, no token needed")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicAgreementResource {
  static final String CACHE_CONTROL = "public, max-age=60";

  private final AgreementQueries queries;
  private final ObjectMapper mapper;

  public PublicAgreementResource(AgreementQueries queries, ObjectMapper mapper) {
    this.queries = queries;
    this.mapper = mapper;
  }

  @GET
  @Operation(
      operationId = "listPublishedAgreements",
      summary = "Published agreements",
      description =
          "Signed, active and concluded agreements, newest period first; filter by status,"
              + " municipality and year. Cacheable: send the ETag back in If-None-Match.")
  @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER)
  @APIResponse(
      responseCode = "200",
      description = "A page of agreements",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "PageAgreementSummary")),
      headers = {@Header(ref = ApiHeaders.ETAG), @Header(ref = ApiHeaders.CACHE_CONTROL)})
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
      @BeanParam PageRequest page,
      @Context Request request) {
    Page<AgreementSummary> result =
        queries.page(
            AgreementFilter.parse(status, municipality, year, AgreementQueries.PUBLIC),
            AgreementQueries.PUBLIC,
            page.validated());
    return cacheable(result, new EntityTag(digest(result)), request);
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getPublishedAgreement",
      summary = "One published agreement",
      description =
          "A signed, active or concluded agreement; drafts do not exist here. The ETag is the"
              + " agreement's version.")
  @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER)
  @APIResponse(
      responseCode = "200",
      description = "The agreement",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AgreementView.class)),
      headers = {@Header(ref = ApiHeaders.ETAG), @Header(ref = ApiHeaders.CACHE_CONTROL)})
  @APIResponse(responseCode = "404", description = "No such published agreement")
  public Response get(
      @Parameter(description = "The agreement's id") @PathParam("id") UUID id,
      @Context Request request) {
    AgreementView view = queries.find(id, AgreementQueries.PUBLIC).forPublic();
    return cacheable(view, ETags.of(view.version()), request);
  }

  private static Response cacheable(Object entity, EntityTag tag, Request request) {
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    Response.ResponseBuilder builder = notModified != null ? notModified : Response.ok(entity);
    return builder.tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
  }

  private String digest(Object entity) {
    try {
      byte[] json = mapper.writeValueAsBytes(entity);
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(json);
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot compute the ETag of a page", e);
    }
  }
}
