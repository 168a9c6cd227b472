package no.bygdevekst.funding.ledger;

import java.util.UUID;

/**
 * One entry to append to a grant's ledger.
 *
 * @param referenceId the award, allocation, reallocation or disbursement it belongs to
 */
public record Movement(
    LedgerEntryType type,
    Integer subGoalNumber,
    UUID measureId,
    long grantAmountOre,
    long ownResourcesOre,
    UUID referenceId,
    UUID appropriationId,
    String note) {

  public static Movement ofGrant(LedgerEntryType type, long amountOre, UUID referenceId) {
    return new Movement(type, null, null, amountOre, 0, referenceId, null, null);
  }
}
