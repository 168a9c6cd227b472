package no.bygdevekst.funding.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A numbered sub-goal (delmål) of an agreement. */
@Embeddable
public class AgreementSubGoal {
  @Column(nullable = false)
  public int number;

  public String title;

  protected AgreementSubGoal() {}

  public AgreementSubGoal(int number, String title) {
    this.number = number;
    this.title = title;
  }
}
