package no.bygdevekst.evaluation.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A result target (resultatmål) under a sub-goal: what is measured, from where to where, by when.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "agreement_id")
  public UUID agreementId;

  @Column(name = "sub_goal_number")
  public int subGoalNumber;

  public String name;
  public String unit;

  @Enumerated(EnumType.STRING)
  @Column(name = "measure_type")
  public MeasureType measureType;

  public boolean ascending;

  @Column(name = "baseline_value")
  public BigDecimal baselineValue;

  @Column(name = "baseline_assessment")
  public String baselineAssessment;

  @Column(name = "baseline_year")
  public int baselineYear;

  public String source;

  @Column(name = "created_at")
  public OffsetDateTime createdAt;

  @Column(name = "created_by")
  public String createdBy;

  @Version public long version;

  @ElementCollection
  @CollectionTable(name = "indicator_target", joinColumns = @JoinColumn(name = "indicator_id"))
  @OrderBy("year")
  public List<IndicatorTarget> targets = new ArrayList<>();

  /** The labels of a qualitative indicator's assessment scale, worst first. */
  @ElementCollection
  @CollectionTable(name = "indicator_scale_level", joinColumns = @JoinColumn(name = "indicator_id"))
  @OrderColumn(name = "position")
  @Column(name = "label")
  public List<String> assessmentScale = new ArrayList<>();

  public Baseline baseline() {
    return new Baseline(baselineValue, baselineAssessment, baselineYear);
  }

  /**
   * The target that applies to {@code year}: the year's own, else the next one being worked
   * towards, else the last one.
   */
  public IndicatorTarget targetFor(int year) {
    IndicatorTarget last = null;
    for (IndicatorTarget t : targets) {
      if (t.year >= year) {
        return t;
      }
      last = t;
    }
    return last;
  }

  /** The target of the last year that has one: the goal for the end of the period. */
  public IndicatorTarget finalTarget() {
    return targets.get(targets.size() - 1);
  }

  /** The position of an assessment label on the scale, worst = 0. */
  public Optional<Integer> scalePosition(String assessment) {
    int position = assessmentScale.indexOf(assessment);
    return position < 0 ? Optional.empty() : Optional.of(position);
  }

  public static List<Indicator> ofAgreement(UUID agreementId) {
    return list("agreementId = ?1 order by subGoalNumber, name", agreementId);
  }
}
