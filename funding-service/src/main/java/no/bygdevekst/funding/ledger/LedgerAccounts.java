package no.bygdevekst.funding.ledger;

import java.util.UUID;

/** Finds the grant whose ledger is read; the grant repository implements it. */
public interface LedgerAccounts {
  /** The grant, or 404 when there is none. */
  LedgerAccount require(UUID grantId);
}
