package no.bygdevekst.funding.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One movement of a grant's money. Never changed: the table refuses updates and deletes. */
@Entity
@Immutable
@Table(name = "ledger_entry")
public class LedgerEntry {
  @Id public UUID id;

  @Column(name = "grant_id", nullable = false)
  public UUID grantId;

  /** 1, 2, 3, ... within the grant, in the order the entries were committed. */
  @Column(name = "entry_number", nullable = false)
  public int entryNumber;

  @Column(name = "grant_version", nullable = false)
  public long grantVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public LedgerEntryType type;

  @Column(name = "sub_goal_number")
  public Integer subGoalNumber;

  @Column(name = "measure_id")
  public UUID measureId;

  @Column(name = "grant_amount_ore", nullable = false)
  public long grantAmountOre;

  @Column(name = "own_resources_ore", nullable = false)
  public long ownResourcesOre;

  /** The award, allocation, reallocation or disbursement this entry belongs to. */
  @Column(name = "reference_id", nullable = false)
  public UUID referenceId;

  @Column(name = "appropriation_id")
  public UUID appropriationId;

  public String note;

  @Column(nullable = false)
  public String actor;

  @Column(name = "occurred_at", nullable = false)
  public Instant occurredAt;
}
