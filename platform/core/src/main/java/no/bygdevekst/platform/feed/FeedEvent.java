package no.bygdevekst.platform.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One event of the feed as a CloudEvent in the structured JSON format: the attributes the Kafka
 * record carries as {@code ce_*} headers, its data as the record's value, and its place in the
 * feed.
 */
@Schema(name = "FeedEvent", description = "A published event, as a CloudEvent in JSON")
public record FeedEvent(
    @Schema(description = "Always 1.0") String specversion,
    @Schema(description = "The event's id; the same as the Kafka record's ce_id") UUID id,
    @Schema(description = "The publishing service, e.g. /bygdevekst/agreement-service")
        String source,
    @Schema(description = "e.g. no.bygdevekst.agreement.AgreementSigned") String type,
    @Schema(description = "The id of the agreement the event is about") String subject,
    @Schema(description = "When the change was committed, RFC 3339 in UTC", format = "date-time")
        String time,
    @Schema(description = "Always application/json") String datacontenttype,
    @Schema(description = "The version of the data's schema for this type") int schemaversion,
    @Schema(
            description =
                "The event's place in this service's feed: strictly increasing in the order of"
                    + " publication, with no gaps")
        long sequence,
    @Schema(description = "The event's data, as in docs/events.md") JsonNode data) {}
