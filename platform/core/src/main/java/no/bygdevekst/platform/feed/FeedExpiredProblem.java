package no.bygdevekst.platform.feed;

import no.bygdevekst.platform.problem.Problem;
import no.bygdevekst.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 410: the events after the reader's pointer are past the retention and no longer served. */
@Schema(
    name = "FeedExpiredProblem",
    description =
        "The pointer is older than the feed reaches back: the events after it were removed after"
            + " their retention. Continue from after=oldestSequence-1 and reconcile what you"
            + " missed from the service's read endpoints.",
    allOf = Problem.class)
public record FeedExpiredProblem(
    @Schema(description = "The oldest sequence the feed still serves") Long oldestSequence) {

  static ProblemException of(long after, long oldest) {
    return new ProblemException(
        410,
        "feed-expired",
        "Feed expired",
        "The feed no longer serves the events after "
            + after
            + "; the oldest it serves is "
            + oldest,
        null,
        java.util.Map.of("oldestSequence", oldest));
  }
}
