package no.bygdevekst.funding.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A partial or final payout was recorded; see docs/events.md. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DisbursementRecorded(
    UUID grantId,
    UUID agreementId,
    int year,
    long grantVersion,
    long grantedOre,
    List<SubGoalTotals> subGoals,
    Instant occurredAt,
    String actor,
    UUID disbursementId,
    @JsonProperty("final") boolean finalDisbursement,
    long amountOre,
    List<Line> lines) {

  public record Line(int subGoalNumber, long amountOre) {}
}
