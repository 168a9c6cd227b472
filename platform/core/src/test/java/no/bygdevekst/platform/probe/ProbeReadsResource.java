package no.bygdevekst.platform.probe;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import no.bygdevekst.platform.http.ConditionalReads;
import no.bygdevekst.platform.http.ETags;
import no.bygdevekst.platform.security.Roles;

/** Conditional reads of a probe item, counting the bodies built. */
@Path("/api/v1/probe-reads")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeReadsResource {
  public static final AtomicInteger BODIES = new AtomicInteger();

  @Inject ProbeService service;
  @Inject ConditionalReads reads;

  @GET
  @Path("public/{id}")
  @PermitAll
  public Response publicByVersion(@PathParam("id") UUID id) {
    ProbeItem item = service.find(id);
    return reads.publicRead(ETags.of(item.version), () -> body(item));
  }

  @GET
  @Path("public/{id}/content")
  @PermitAll
  public Response publicByContent(@PathParam("id") UUID id) {
    ProbeItem item = service.find(id);
    return reads.publicRead(() -> body(item));
  }

  @GET
  @Path("private/{id}")
  @RolesAllowed(Roles.READER)
  public Response privateByVersion(@PathParam("id") UUID id) {
    ProbeItem item = service.find(id);
    return reads.privateRead(ETags.of(item.version), () -> body(item));
  }

  @GET
  @Path("versioned/{id}")
  @RolesAllowed(Roles.READER)
  public Response versionOnly(@PathParam("id") UUID id) {
    ProbeItem item = service.find(id);
    return reads.privateReadOfVersion(ETags.of(item.version), body(item));
  }

  private static Map<String, Object> body(ProbeItem item) {
    BODIES.incrementAndGet();
    return Map.of("id", item.id, "name", item.name, "version", item.version);
  }
}
