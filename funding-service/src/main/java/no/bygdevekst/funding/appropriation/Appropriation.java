package no.bygdevekst.funding.appropriation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The scheme's budget for a year (bevilgning), by the budget decision that set it. A year may have
 * more than one, such as the ordinary budget and an addition in the revised national budget.
 */
@Entity
@Table(name = "appropriation")
public class Appropriation {
  @Id public UUID id;

  @Column(nullable = false)
  public int year;

  @Column(name = "amount_ore", nullable = false)
  public long amountOre;

  @Column(name = "budget_decision_reference", nullable = false)
  public String budgetDecisionReference;

  public String description;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "created_by", nullable = false)
  public String createdBy;
}
