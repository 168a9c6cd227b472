package no.bygdevekst.agreement.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A commitment, as stored in {@code agreement_commitment}. */
@Embeddable
public class CommitmentRow {
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "committed_by", nullable = false)
  public List<String> committedBy = new ArrayList<>();

  @Column(name = "sub_goal_number")
  public Integer subGoalNumber;

  @Column(nullable = false)
  public String text;

  protected CommitmentRow() {}

  public CommitmentRow(List<String> committedBy, Integer subGoalNumber, String text) {
    this.committedBy = new ArrayList<>(committedBy);
    this.subGoalNumber = subGoalNumber;
    this.text = text;
  }
}
