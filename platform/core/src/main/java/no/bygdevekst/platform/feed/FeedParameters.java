package no.bygdevekst.platform.feed;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;
import java.util.UUID;
import no.bygdevekst.platform.events.CloudEvents;
import no.bygdevekst.platform.problem.Problems;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query of a feed read ({@code @BeanParam}), checked at the edge. */
public class FeedParameters {
  @QueryParam("after")
  @DefaultValue("0")
  @Parameter(
      description =
          "The sequence of the last event you have seen: the page starts after it. 0 for the"
              + " beginning.",
      schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0"))
  long after;

  @QueryParam("size")
  @Parameter(
      description = "The most events on the page, 1 to 1000 (bygdevekst.feed.max-page-size)",
      schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"))
  Integer size;

  @QueryParam("type")
  @Parameter(
      description =
          "Only events of this type: the CloudEvents type (no.bygdevekst.agreement.AgreementSigned)"
              + " or the event's name (AgreementSigned)")
  String type;

  @QueryParam("subject")
  @Parameter(description = "Only events about this agreement (its id, the CloudEvents subject)")
  UUID subject;

  @QueryParam("wait")
  @DefaultValue("0")
  @Parameter(
      description =
          "Long poll: when no event is waiting, answer as soon as one is published, or after this"
              + " many seconds with an empty page (0 to 30)",
      schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "30"))
  int waitSeconds;

  /** The query, or a 400 naming the parameter that is out of range. */
  FeedQuery query(FeedConfig config, String service, FeedScope scope) {
    if (after < 0) {
      throw Problems.invalid("after", "must be 0 or more");
    }
    int max = config.maxPageSize();
    if (size != null && (size < 1 || size > max)) {
      throw Problems.invalid("size", "must be between 1 and " + max);
    }
    if (type != null && type.isBlank()) {
      throw Problems.invalid("type", "must not be empty");
    }
    String fullType = type == null || type.contains(".") ? type : CloudEvents.type(service, type);
    return new FeedQuery(
        after,
        size == null ? max : size,
        fullType,
        subject == null ? null : subject.toString(),
        scope);
  }

  /** How long a long poll may wait, or a 400. */
  Duration waitFor(FeedConfig config) {
    long max = config.maxWait().toSeconds();
    if (waitSeconds < 0 || waitSeconds > max) {
      throw Problems.invalid("wait", "must be between 0 and " + max + " seconds");
    }
    return Duration.ofSeconds(waitSeconds);
  }
}
