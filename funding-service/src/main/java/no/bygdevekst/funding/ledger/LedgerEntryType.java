package no.bygdevekst.funding.ledger;

/**
 * The kinds of movement in a grant's ledger, each with the Norwegian label the CSV export shows.
 * Amounts are signed: a reallocation is one negative entry where the money leaves and one positive
 * entry where it arrives.
 */
public enum LedgerEntryType {
  /** The first award of the grant (tilsagn), from an appropriation. */
  GRANT_AWARDED("Tilsagn"),
  /** An explicit addition to the grant, from an appropriation. */
  GRANT_ADDED("Tilleggstilsagn"),
  /** Grant and own resources allocated to a sub-goal, or to a measure under it. */
  ALLOCATED("Fordeling"),
  /** Grant money leaving a sub-goal or measure in a reallocation (negative). */
  REALLOCATED_OUT("Omfordeling fra"),
  /** Grant money arriving at a sub-goal or measure in a reallocation. */
  REALLOCATED_IN("Omfordeling til"),
  /** A partial payout (delutbetaling) under a sub-goal. */
  DISBURSED("Delutbetaling"),
  /** A line of the final payout (sluttutbetaling). */
  DISBURSED_FINAL("Sluttutbetaling"),
  /** At closing: the granted money never paid out, to be returned or withheld. */
  NOT_PAID_OUT("Ikke utbetalt (tilbakeføres eller holdes tilbake)");

  private final String label;

  LedgerEntryType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isAward() {
    return this == GRANT_AWARDED || this == GRANT_ADDED;
  }

  /** Whether the entry changes what is allocated to a sub-goal or measure. */
  public boolean isAllocation() {
    return this == ALLOCATED || this == REALLOCATED_OUT || this == REALLOCATED_IN;
  }

  public boolean isDisbursement() {
    return this == DISBURSED || this == DISBURSED_FINAL;
  }
}
