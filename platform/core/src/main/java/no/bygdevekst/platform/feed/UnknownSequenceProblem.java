package no.bygdevekst.platform.feed;

import no.bygdevekst.platform.problem.Problem;
import no.bygdevekst.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 404: the reader's pointer is beyond every sequence handed out, so it is not this feed's (another
 * service's, or another database's after a restore).
 */
@Schema(
    name = "UnknownSequenceProblem",
    description =
        "No event has this sequence yet: the pointer belongs to another feed. Start again from a"
            + " sequence at or below lastSequence.",
    allOf = Problem.class)
public record UnknownSequenceProblem(
    @Schema(description = "The last sequence the feed has handed out") Long lastSequence) {

  static ProblemException of(long after, long last) {
    return new ProblemException(
        404,
        "unknown-sequence",
        "Unknown sequence",
        "No event of this feed has the sequence " + after + "; the last is " + last,
        null,
        java.util.Map.of("lastSequence", last));
  }
}
