package no.bygdevekst.evaluation.agreement;

import jakarta.persistence.Embeddable;

/** A numbered sub-goal (delmål) of an agreement. */
@Embeddable
public class AgreementSubGoal {
  public int number;
  public String title;

  public AgreementSubGoal() {}

  public AgreementSubGoal(int number, String title) {
    this.number = number;
    this.title = title;
  }
}
