package no.bygdevekst.platform.feed;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import no.bygdevekst.platform.events.EventsConfig;
import no.bygdevekst.platform.http.ConditionalReads;
import no.bygdevekst.platform.openapi.ApiHeaders;
import no.bygdevekst.platform.problem.Problem;
import no.bygdevekst.platform.problem.Problems;
import no.bygdevekst.platform.security.Caller;
import no.bygdevekst.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The service's published events over HTTP, for the systems that cannot read its Kafka topic: a
 * pollable feed in the order of publication, whose reader keeps its own pointer (docs/events.md,
 * "The event feed over HTTP"; docs/adr/0018).
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Event feed", description = "The service's published events, in order, for pollers")
public class EventFeedResource {
  @Inject EventFeed feed;
  @Inject FeedFollowers followers;
  @Inject FeedAudience audience;
  @Inject FeedConfig config;
  @Inject EventsConfig events;
  @Inject ConditionalReads reads;
  @Inject Caller caller;

  @GET
  @Path("events")
  @RolesAllowed({Roles.KDD, Roles.READER, Roles.MUNICIPALITY, Roles.PARTNER})
  @Blocking
  @Operation(
      operationId = "list{Service}Events",
      summary = "Read the event feed",
      description =
          "The events this service published after the sequence `after`, oldest first: the same"
              + " events as its Kafka topic, as CloudEvents in JSON. A reader or the ministry sees"
              + " every event; a municipality or partner those of the agreements it takes part in."
              + " Keep `next` and ask again with `after=next`; with `wait`, an empty page is held"
              + " until an event is published.")
  @APIResponse(
      responseCode = "200",
      description = "A page of events",
      headers = @Header(ref = ApiHeaders.CACHE_CONTROL),
      content = @Content(schema = @Schema(implementation = FeedPage.class)))
  @APIResponse(
      responseCode = "404",
      description = "No event has the sequence `after` yet: the pointer is not this feed's",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = UnknownSequenceProblem.class)))
  @APIResponse(
      responseCode = "410",
      description = "The events after `after` are past the feed's retention",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = FeedExpiredProblem.class)))
  public CompletionStage<Response> list(@BeanParam FeedParameters parameters) {
    FeedQuery query = parameters.query(config, events.service(), FeedScope.of(caller, audience));
    return followers.follow(query, parameters.waitFor(config)).thenApply(reads::privateRead);
  }

  @GET
  @Path("events/{id}")
  @RolesAllowed({Roles.KDD, Roles.READER, Roles.MUNICIPALITY, Roles.PARTNER})
  @Operation(
      operationId = "get{Service}Event",
      summary = "Read one published event",
      description = "One event of the feed by its id, as the caller's scope lets it see it.")
  @APIResponse(responseCode = "200", description = "The event")
  @APIResponse(
      responseCode = "404",
      description =
          "No published event has this id, or it is about an agreement the caller is not part of")
  public FeedEvent get(
      @Parameter(description = "The event's id (ce_id)") @PathParam("id") UUID id) {
    return feed.find(id, FeedScope.of(caller, audience))
        .orElseThrow(() -> Problems.notFound("Event", id));
  }

  @GET
  @Path("public/events")
  @PermitAll
  @Blocking
  @Operation(
      operationId = "listPublic{Service}Events",
      summary = "Read the public event feed",
      description =
          "As the event feed, without a token, showing only the events about what is public"
              + " (signed, active and concluded agreements, approved plans, published reports;"
              + " docs/events.md says which of each service). Cacheable: send the ETag back in"
              + " If-None-Match.")
  @APIResponse(
      responseCode = "200",
      description = "A page of public events",
      content = @Content(schema = @Schema(implementation = FeedPage.class)))
  @APIResponse(
      responseCode = "404",
      description = "No event has the sequence `after` yet: the pointer is not this feed's",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = UnknownSequenceProblem.class)))
  @APIResponse(
      responseCode = "410",
      description = "The events after `after` are past the feed's retention",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = FeedExpiredProblem.class)))
  public CompletionStage<Response> listPublic(
      @BeanParam FeedParameters parameters,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(hidden = true) String ifNoneMatch) {
    FeedQuery query =
        parameters.query(config, events.service(), new FeedScope.Public(audience.publicEvents()));
    return followers
        .follow(query, parameters.waitFor(config))
        .thenApply(page -> reads.publicRead(page, ifNoneMatch));
  }
}
