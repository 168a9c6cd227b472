package no.bygdevekst.platform.feed;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the feed, oldest first. */
@Schema(name = "EventFeedPage", description = "Events after the sequence asked for, oldest first")
public record FeedPage(
    @Schema(description = "The events, in the order of their sequence") List<FeedEvent> events,
    @Schema(
            description =
                "The sequence to ask for next (after=): the last event's, or, when the page is"
                    + " not full, the last sequence published, so that a filtered reader moves on")
        long next,
    @Schema(description = "Whether more events are waiting beyond this page") boolean more) {}
