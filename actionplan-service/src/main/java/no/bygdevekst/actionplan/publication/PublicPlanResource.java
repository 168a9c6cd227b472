package no.bygdevekst.actionplan.publication;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.actionplan.plan.QueryParams;
import no.bygdevekst.platform.http.ConditionalReads;
import no.bygdevekst.platform.http.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Approved plans for the Distriktssenteret portal; no token. */
@Path("/api/v1/public/agreements/{agreementId}/action-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public", description = "Published data, no token needed")
public class PublicPlanResource {
  private final PublicPlans plans;
  private final ConditionalReads reads;

  @Inject
  public PublicPlanResource(PublicPlans plans, ConditionalReads reads) {
    this.plans = plans;
    this.reads = reads;
  }

  @GET
  @PermitAll
  @Operation(
      operationId = "listApprovedActionPlans",
      summary = "Approved action plans of an agreement",
      description =
          "Approved revisions only, with measures and budget per sub-goal; inForce marks the"
              + " latest approved revision of each year. Cacheable: ETag and Cache-Control;"
              + " If-None-Match gives 304.")
  @APIResponse(
      responseCode = "200",
      description = "One page of approved plans",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PublicPlanPage.class)))
  @APIResponse(responseCode = "404", description = "No such agreement known here")
  public Response approved(
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
      @BeanParam PageRequest page) {
    PublicPlans.Published published =
        plans.approved(agreementId, QueryParams.year(year), page.validated());
    return reads.publicRead(published.tag(), published::page);
  }

  /** A page of approved plans, for the API description. */
  @Schema(name = "PublicActionPlanPage")
  static final class PublicPlanPage {
    public List<PublicPlanView> items;
    public int page;
    public int size;
    public long totalItems;
    public int totalPages;
  }
}
