package no.bygdevekst.evaluation.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import no.bygdevekst.evaluation.config.EvaluationConfig;
import no.bygdevekst.platform.openapi.ApiHeaders;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Published goal attainment for the Distriktssenteret portal: no token, cacheable. */
@Path("/api/v1/public/agreements/{id}/attainment")
@Tag(name = "Public", description = "Published data, for the portal; no token needed")
public class PublicAttainmentResource {
  private final PublicAttainmentService service;
  private final ObjectMapper mapper;
  private final EvaluationConfig config;

  @Inject
  public PublicAttainmentResource(
      PublicAttainmentService service, ObjectMapper mapper, EvaluationConfig config) {
    this.service = service;
    this.mapper = mapper;
    this.config = config;
  }

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getPublishedAttainment",
      summary = "Published goal attainment of an agreement",
      description =
          "The newest publication of each report (final, and status per year), as published."
              + " Only agreements that are ACTIVE or CONCLUDED and have a published report;"
              + " anything else is 404, so that nothing unpublished can be told apart. Send the"
              + " ETag back in If-None-Match to get 304 when nothing changed.")
  @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER)
  @APIResponse(
      responseCode = "200",
      description = "The published reports",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PublicAttainment.class)),
      headers = {@Header(ref = ApiHeaders.ETAG), @Header(ref = ApiHeaders.CACHE_CONTROL)})
  @APIResponse(responseCode = "404", description = "Nothing published for this agreement")
  public Response get(
      @Parameter(description = "The agreement's id") @PathParam("id") UUID id,
      @Context Request request) {
    byte[] body = json(service.published(id));
    EntityTag tag = new EntityTag(hash(body));
    // public: shared caches (a CDN, the portal's proxy) may keep it too; nothing in it is personal
    String cache = "public, max-age=" + config.publicCacheMaxAge().toSeconds();
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    if (unchanged != null) {
      return unchanged.tag(tag).header(HttpHeaders.CACHE_CONTROL, cache).build();
    }
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
        .tag(tag)
        .header(HttpHeaders.CACHE_CONTROL, cache)
        .build();
  }

  private byte[] json(PublicAttainment attainment) {
    try {
      return mapper.writeValueAsString(attainment).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Public attainment is not serialisable", e);
    }
  }

  private static String hash(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
