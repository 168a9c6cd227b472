package no.bygdevekst.funding.ledger;

import java.util.UUID;

/**
 * A grant as its ledger sees it: the account whose entries the ledger numbers and versions, and
 * whose granted total its position starts from. The grant implements it, so that the ledger needs
 * nothing of the grant package.
 */
public interface LedgerAccount {
  UUID grantId();

  UUID agreementId();

  int year();

  long grantedOre();

  /** The version the change being recorded gives the grant. */
  long grantVersion();

  /** Numbers the next entry. */
  int nextEntryNumber();
}
