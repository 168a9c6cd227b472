package no.bygdevekst.platform.probe;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.bygdevekst.platform.audit.AuditTrail;
import no.bygdevekst.platform.http.ETags;
import no.bygdevekst.platform.http.PageRequest;
import no.bygdevekst.platform.idempotency.IdempotentCommands;
import no.bygdevekst.platform.problem.Problems;
import no.bygdevekst.platform.security.Caller;
import no.bygdevekst.platform.security.Roles;

@Path("/api/v1/probes")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {
  @Inject ProbeService service;
  @Inject IdempotentCommands idempotency;
  @Inject Caller caller;
  @Inject AuditTrail audit;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.KDD)
  public Response create(
      @HeaderParam(IdempotentCommands.HEADER) String key, @Valid @NotNull ProbeRequest request) {
    return idempotency.execute(
        "POST /api/v1/probes",
        key,
        request,
        () -> {
          ProbeItem item = service.create(request);
          return Response.created(URI.create("/api/v1/probes/" + item.id))
              .entity(Map.of("id", item.id, "name", item.name))
              .build();
        });
  }

  /** Echoes its query parameters as the platform read them. */
  @GET
  @RolesAllowed({Roles.KDD, Roles.READER})
  public Map<String, Object> query(
      @QueryParam("year") Integer year,
      @QueryParam("from") LocalDate from,
      @QueryParam("agreementId") UUID agreementId,
      @QueryParam("open") Boolean open,
      @QueryParam("status") String status,
      @BeanParam PageRequest page) {
    Map<String, Object> read = new java.util.TreeMap<>();
    read.put("year", String.valueOf(year));
    read.put("from", String.valueOf(from));
    read.put("agreementId", String.valueOf(agreementId));
    read.put("open", String.valueOf(open));
    read.put("status", String.valueOf(status));
    read.put("size", page.validated().size());
    return read;
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.KDD, Roles.READER, Roles.MUNICIPALITY, Roles.PARTNER})
  public Response get(@PathParam("id") UUID id) {
    ProbeItem item = service.find(id);
    return Response.ok(Map.of("id", item.id, "name", item.name, "kind", item.kind))
        .tag(ETags.of(item.version))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.KDD)
  public Response rename(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @QueryParam("pause") @DefaultValue("0") long pause,
      @Valid @NotNull ProbeRequest request) {
    ProbeItem renamed = service.rename(id, ifMatch, request.name(), pause);
    return Response.ok(Map.of("id", renamed.id, "name", renamed.name))
        .tag(ETags.of(renamed.version))
        .build();
  }

  @GET
  @Path("{id}/audit")
  @RolesAllowed({Roles.KDD, Roles.READER})
  public Response audit(@PathParam("id") UUID id, @BeanParam PageRequest page) {
    return Response.ok(audit.of("Probe", id, page.validated())).build();
  }

  @POST
  @Path("conflict")
  @RolesAllowed(Roles.KDD)
  public Response conflict() {
    throw Problems.conflict("The probe is in a state that forbids this", Map.of("state", "LOCKED"));
  }

  @GET
  @Path("municipal/{agreement}")
  @RolesAllowed({Roles.MUNICIPALITY, Roles.KDD})
  public Map<String, String> municipal(@PathParam("agreement") String agreement) {
    String number = caller.requireMunicipalityAmong(List.of("5628", "5630"));
    return Map.of("municipality", number);
  }

  /** As a plan's or an allocation's check: a principal party of this agreement, in it. */
  @GET
  @Path("agreements/{agreementId}/municipal")
  @RolesAllowed({Roles.MUNICIPALITY, Roles.KDD})
  public Map<String, String> municipalIn(@PathParam("agreementId") UUID agreementId) {
    return Map.of(
        "municipality", caller.requireMunicipalityAmong(agreementId, List.of("5628", "5630")));
  }

  /** Who the platform thinks is calling, as the audit trail would record it. */
  @GET
  @Path("caller")
  @RolesAllowed({Roles.KDD, Roles.READER, Roles.MUNICIPALITY, Roles.PARTNER})
  public Map<String, Object> whoAmI() {
    Map<String, Object> who = new java.util.LinkedHashMap<>();
    who.put("subject", caller.subject());
    who.put("kind", caller.kind().map(Enum::name).orElse(null));
    who.put("issuer", caller.issuer().orElse(null));
    who.put("roles", caller.roles());
    who.put("municipality", caller.municipality().orElse(null));
    who.put("organisation", caller.organisation().orElse(null));
    who.put("supplier", caller.supplier().orElse(null));
    return who;
  }

  @POST
  @Path("events/{agreementId}")
  @RolesAllowed(Roles.KDD)
  public Response emit(
      @PathParam("agreementId") UUID agreementId,
      @QueryParam("count") @DefaultValue("1") int count,
      @QueryParam("fail") @DefaultValue("false") boolean fail) {
    service.emit(agreementId, count, fail);
    return Response.accepted().build();
  }

  @GET
  @Path("public")
  @PermitAll
  public Map<String, String> open() {
    return Map.of("caller", caller.subject());
  }

  @GET
  @Path("boom")
  @PermitAll
  public Map<String, String> boom() {
    throw new IllegalStateException("secret internal detail");
  }
}
