package no.bygdevekst.funding.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Appends entries to a grant's ledger, in the command's transaction, under the grant's lock. */
@ApplicationScoped
public class Ledger {
  private final LedgerRepository entries;

  @Inject
  public Ledger(LedgerRepository entries) {
    this.entries = entries;
  }

  /**
   * Appends one entry for the change that gave the grant {@code account} its current version.
   *
   * @return the new entry
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public LedgerEntry append(LedgerAccount account, Movement movement, String actor, Instant at) {
    LedgerEntry e = new LedgerEntry();
    e.id = UUID.randomUUID();
    e.grantId = account.grantId();
    e.entryNumber = account.nextEntryNumber();
    e.grantVersion = account.grantVersion();
    e.type = movement.type();
    e.subGoalNumber = movement.subGoalNumber();
    e.measureId = movement.measureId();
    e.grantAmountOre = movement.grantAmountOre();
    e.ownResourcesOre = movement.ownResourcesOre();
    e.referenceId = movement.referenceId();
    e.appropriationId = movement.appropriationId();
    e.note = movement.note();
    e.actor = actor;
    e.occurredAt = at;
    entries.persist(e);
    return e;
  }

  /** Where the grant's money stands now, including entries appended in this transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public GrantPosition position(LedgerAccount account) {
    return entries.positionOf(account.grantId(), account.grantedOre());
  }
}
