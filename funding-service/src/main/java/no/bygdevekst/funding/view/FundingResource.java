package no.bygdevekst.funding.view;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/agreements/{agreementId}/funding")
@Tag(name = "Funding view", description = "An agreement's money per sub-goal and year")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class FundingResource {
  private final FundingViews views;

  @Inject
  public FundingResource(FundingViews views) {
    this.views = views;
  }

  @GET
  @Operation(
      operationId = "getAgreementFunding",
      summary = "Funding per sub-goal for a year",
      description =
          "Per sub-goal: the budget in the approved plan in force, the grant money allocated to it"
              + " (grantedOre), own resources, allocated in all, disbursed, remaining (allocated"
              + " grant not yet paid out), per measure, and flags where allocations no longer fit"
              + " the plan in force after a revision (a removed sub-goal or measure, a lowered"
              + " budget). After the final payout notPaidOutOre shows what is to be returned or"
              + " withheld.")
  @APIResponse(responseCode = "200", description = "The funding view")
  @APIResponse(responseCode = "400", description = "year missing or out of range")
  @APIResponse(responseCode = "404", description = "No approved plan and no grant for that year")
  public FundingView funding(
      @Parameter(description = "The agreement's id") @PathParam("agreementId") UUID agreementId,
      @Parameter(description = "The budget year", example = "2025")
          @QueryParam("year")
          @NotNull
          @Min(2000)
          @Max(2100)
          Integer year) {
    return views.of(agreementId, year);
  }
}
