package no.bygdevekst.funding.disbursement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A payout of a grant (utbetaling), partial or final. Its lines per sub-goal are ledger entries
 * that carry its id as their reference.
 */
@Entity
@Table(name = "disbursement")
public class Disbursement {
  @Id public UUID id;

  @Column(name = "grant_id", nullable = false)
  public UUID grantId;

  @Column(name = "final", nullable = false)
  public boolean finalDisbursement;

  @Column(name = "amount_ore", nullable = false)
  public long amountOre;

  public String reference;

  public String note;

  @Column(name = "recorded_at", nullable = false)
  public Instant recordedAt;

  @Column(name = "recorded_by", nullable = false)
  public String recordedBy;
}
