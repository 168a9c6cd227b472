package no.bygdevekst.agreement.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A sub-goal, as stored in {@code agreement_sub_goal}. */
@Embeddable
public class SubGoalRow {
  @Column(nullable = false)
  public int number;

  @Column(nullable = false)
  public String title;

  public String description;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  public List<String> partners = new ArrayList<>();

  public String coordinator;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "related_sub_goals", nullable = false)
  public List<Integer> relatedSubGoals = new ArrayList<>();

  protected SubGoalRow() {}

  public SubGoalRow(
      int number,
      String title,
      String description,
      List<String> partners,
      String coordinator,
      List<Integer> relatedSubGoals) {
    this.number = number;
    this.title = title;
    this.description = description;
    this.partners = new ArrayList<>(partners);
    this.coordinator = coordinator;
    this.relatedSubGoals = new ArrayList<>(relatedSubGoals);
  }
}
