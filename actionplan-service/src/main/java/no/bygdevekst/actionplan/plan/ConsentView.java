package no.bygdevekst.actionplan.plan;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A decision in force on a sub-goal of a plan. */
@Schema(name = "Consent")
public record ConsentView(
    @Schema(example = "1") int subGoalNumber,
    @Schema(example = "986038009") String organisationNumber,
    ConsentDecision decision,
    String comment,
    OffsetDateTime givenAt,
    String givenBy) {

  public static ConsentView of(Consent c) {
    return new ConsentView(
        c.subGoalNumber, c.organisationNumber, c.decision, c.comment, c.givenAt, c.givenBy);
  }
}
