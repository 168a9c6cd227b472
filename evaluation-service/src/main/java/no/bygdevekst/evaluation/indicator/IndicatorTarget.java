package no.bygdevekst.evaluation.indicator;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A stored target of an indicator for one year. */
@Embeddable
public class IndicatorTarget {
  public int year;
  public BigDecimal value;
  public String assessment;

  public IndicatorTarget() {}

  public IndicatorTarget(int year, BigDecimal value, String assessment) {
    this.year = year;
    this.value = value;
    this.assessment = assessment;
  }

  public Target view() {
    return new Target(year, value, assessment);
  }
}
