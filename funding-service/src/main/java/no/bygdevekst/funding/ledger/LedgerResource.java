package no.bygdevekst.funding.ledger;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.platform.http.PageRequest;
import no.bygdevekst.platform.openapi.ApiHeaders;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/grants/{grantId}/ledger")
@Tag(name = "Ledger", description = "Every movement of a grant's money")
@Authenticated
public class LedgerResource {
  private final LedgerQueries queries;

  @Inject
  public LedgerResource(LedgerQueries queries) {
    this.queries = queries;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, LedgerCsv.MEDIA_TYPE})
  @Operation(
      operationId = "getGrantLedger",
      summary = "The grant's ledger, as JSON or CSV",
      description =
          "Every movement in commit order, with actor and time: awards and additions,"
              + " allocations, reallocations (one entry out, one in), disbursements and, at"
              + " closing, what was not paid out. Entries are never changed. JSON comes in pages;"
              + " with Accept: text/csv all entries come as one spreadsheet for Norwegian settings:"
              + " UTF-8 with BOM, ';' between fields, amounts in NOK with two decimals and a decimal"
              + " comma (1500000,00), times in UTC.")
  @APIResponse(
      responseCode = "200",
      description = "The entries",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LedgerPage.class)),
        @Content(
            mediaType = LedgerCsv.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      },
      headers = @Header(ref = ApiHeaders.CONTENT_DISPOSITION))
  @APIResponse(responseCode = "404", description = "No such grant")
  public Response ledger(
      @Parameter(description = "The grant's id") @PathParam("grantId") UUID grantId,
      @BeanParam PageRequest page,
      @Context HttpHeaders headers) {
    if (wantsCsv(headers)) {
      return Response.ok(queries.csv(grantId))
          .type(LedgerCsv.MEDIA_TYPE + "; charset=UTF-8")
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              "attachment; filename=\"tilskudd-" + grantId + "-hovedbok.csv\"")
          .build();
    }
    return Response.ok(queries.page(grantId, page.validated()))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  /** CSV only when the client prefers it to JSON; a wildcard gets JSON. */
  private static boolean wantsCsv(HttpHeaders headers) {
    MediaType csv = MediaType.valueOf(LedgerCsv.MEDIA_TYPE);
    for (MediaType accepted : headers.getAcceptableMediaTypes()) {
      if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return false;
      }
      if (accepted.isCompatible(csv)) {
        return true;
      }
    }
    return false;
  }

  /** A page of ledger entries, for the API description. */
  @Schema(name = "LedgerPage")
  static final class LedgerPage {
    public List<LedgerEntryView> items;
    public int page;
    public int size;
    public long totalItems;
    public int totalPages;
  }

  @GET
  @Path("{entryId}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getLedgerEntry",
      summary = "One ledger entry",
      description =
          "One money movement of the grant as it was recorded, with its actor and time; entries"
              + " are never changed.")
  @APIResponse(responseCode = "200", description = "The entry")
  @APIResponse(responseCode = "404", description = "No such grant or entry")
  public LedgerEntryView entry(
      @Parameter(description = "The grant's id") @PathParam("grantId") UUID grantId,
      @Parameter(description = "The entry's id") @PathParam("entryId") UUID entryId) {
    return queries.entry(grantId, entryId);
  }
}
