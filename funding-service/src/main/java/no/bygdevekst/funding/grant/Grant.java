package no.bygdevekst.funding.grant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import no.bygdevekst.funding.ledger.LedgerAccount;
import no.bygdevekst.platform.problem.Problems;

/**
 * A grant (tilsagn) to an agreement for a year. Its money moves only through ledger entries; the
 * row holds the granted total and the counters that order those entries, and is locked by every
 * command that moves money.
 */
@Entity
@Table(name = "funding_grant")
public class Grant implements LedgerAccount {
  @Id public UUID id;

  @Column(name = "agreement_id", nullable = false)
  public UUID agreementId;

  @Column(nullable = false)
  public int year;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public GrantStatus status;

  @Column(name = "granted_ore", nullable = false)
  public long grantedOre;

  /** Counts the commands that changed the grant; published as {@code grantVersion}. */
  @Column(name = "grant_version", nullable = false)
  public long grantVersion;

  @Column(name = "last_entry_number", nullable = false)
  public int lastEntryNumber;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  @Column(name = "closed_at")
  public Instant closedAt;

  @Column(name = "closed_by")
  public String closedBy;

  /** Refuses (409) any movement of money once the grant is closed. */
  public void requireOpen() {
    if (status != GrantStatus.OPEN) {
      throw Problems.conflict(
          "Grant " + id + " is closed: the final disbursement has been recorded");
    }
  }

  /** Starts a change: the next grant version. */
  public long nextVersion() {
    return ++grantVersion;
  }

  @Override
  public int nextEntryNumber() {
    return ++lastEntryNumber;
  }

  @Override
  public UUID grantId() {
    return id;
  }

  @Override
  public UUID agreementId() {
    return agreementId;
  }

  @Override
  public int year() {
    return year;
  }

  @Override
  public long grantedOre() {
    return grantedOre;
  }

  @Override
  public long grantVersion() {
    return grantVersion;
  }

  public void close(Instant at, String by) {
    if (!status.canTransitionTo(GrantStatus.CLOSED)) {
      throw Problems.conflict("Grant " + id + " is closed already");
    }
    status = GrantStatus.CLOSED;
    closedAt = at;
    closedBy = by;
  }
}
