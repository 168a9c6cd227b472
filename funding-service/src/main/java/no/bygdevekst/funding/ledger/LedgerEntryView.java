package no.bygdevekst.funding.ledger;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One ledger entry as the API shows it. */
public record LedgerEntryView(
    UUID entryId,
    @Schema(description = "1, 2, 3, ... within the grant, in commit order") int entryNumber,
    @Schema(description = "The grant version the entry's command produced") long grantVersion,
    LedgerEntryType type,
    Integer subGoalNumber,
    UUID measureId,
    @Schema(
            description = "Grant money in øre; negative where a reallocation takes it away",
            example = "100000000")
        long grantAmountOre,
    @Schema(description = "Own resources in øre", example = "25000000") long ownResourcesOre,
    @Schema(description = "The award, allocation, reallocation or disbursement it belongs to")
        UUID referenceId,
    UUID appropriationId,
    String note,
    String actor,
    Instant occurredAt) {

  public static LedgerEntryView of(LedgerEntry e) {
    return new LedgerEntryView(
        e.id,
        e.entryNumber,
        e.grantVersion,
        e.type,
        e.subGoalNumber,
        e.measureId,
        e.grantAmountOre,
        e.ownResourcesOre,
        e.referenceId,
        e.appropriationId,
        e.note,
        e.actor,
        e.occurredAt);
  }
}
