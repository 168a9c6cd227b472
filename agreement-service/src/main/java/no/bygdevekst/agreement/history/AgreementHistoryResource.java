package no.bygdevekst.agreement.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import no.bygdevekst.platform.audit.AuditEntry;
import no.bygdevekst.platform.audit.AuditTrail;
import no.bygdevekst.platform.http.Page;
import no.bygdevekst.platform.http.PageRequest;
import no.bygdevekst.platform.problem.Problems;
import no.bygdevekst.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every version of an agreement, and the audit trail of who did what to it. */
@Path("/api/v1/agreements/{id}")
@Tag(name = "Agreement history", description = "Versions and audit trail of an agreement")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.KDD, Roles.MUNICIPALITY, Roles.PARTNER, Roles.READER})
public class AgreementHistoryResource {
  private final AgreementVersions versions;
  private final AuditTrail audit;

  public AgreementHistoryResource(AgreementVersions versions, AuditTrail audit) {
    this.versions = versions;
    this.audit = audit;
  }

  @GET
  @Path("versions")
  @Operation(
      operationId = "listAgreementVersions",
      summary = "The version history",
      description =
          "Every version, oldest first: what made it (registered, replaced, signed, activated,"
              + " amended, concluded), the reason, who and when, and which fields changed.")
  @APIResponse(responseCode = "200", description = "A page of versions")
  @APIResponse(responseCode = "404", description = "No such agreement")
  public Page<VersionSummary> versions(
      @Parameter(description = "The agreement's id") @PathParam("id") UUID id,
      @BeanParam PageRequest page) {
    return versions.page(id, page.validated());
  }

  @GET
  @Path("versions/{version}")
  @Operation(
      operationId = "getAgreementVersion",
      summary = "One version",
      description = "The version with the whole agreement as it was at that version.")
  @APIResponse(responseCode = "200", description = "The version")
  @APIResponse(responseCode = "404", description = "No such agreement or version")
  public VersionDetail version(
      @Parameter(description = "The agreement's id") @PathParam("id") UUID id,
      @Parameter(description = "The version number, from 1") @PathParam("version") long version) {
    return versions.find(id, version);
  }

  @GET
  @Path("audit")
  @Operation(
      operationId = "getAgreementAuditTrail",
      summary = "The audit trail",
      description =
          "Who did what to the agreement and when, oldest first, including the service's"
              + " own changes (actor 'system').")
  @APIResponse(responseCode = "200", description = "A page of audit records")
  @APIResponse(responseCode = "404", description = "No such agreement")
  public Page<AuditEntry> audit(
      @Parameter(description = "The agreement's id") @PathParam("id") UUID id,
      @BeanParam PageRequest page) {
    if (!versions.exists(id)) {
      throw Problems.notFound("Agreement", id);
    }
    return audit.of("agreement", id, page.validated());
  }
}
