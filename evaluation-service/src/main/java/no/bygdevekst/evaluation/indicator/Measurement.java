package no.bygdevekst.evaluation.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An actual value of an indicator for a year. Never changed: a correction is a new measurement that
 * names the one it corrects, so the history keeps both.
 */
@Entity
@Table(name = "measurement")
public class Measurement extends PanacheEntityBase {
  private static final String CURRENT =
      " and not exists (select 1 from Measurement c where c.correctsMeasurementId = m.id)";

  @Id public UUID id;

  @Column(name = "indicator_id")
  public UUID indicatorId;

  public int year;
  public BigDecimal value;
  public String assessment;
  public String narrative;
  public String source;

  @Column(name = "recorded_by")
  public String recordedBy;

  @Column(name = "recorded_at")
  public OffsetDateTime recordedAt;

  @Column(name = "corrects_measurement_id")
  public UUID correctsMeasurementId;

  /** Every measurement of an indicator, corrections included, by year and then time recorded. */
  public static List<Measurement> history(UUID indicatorId) {
    return list("indicatorId = ?1 order by year, recordedAt, id", indicatorId);
  }

  /** The value in force for an indicator and year: the one no other measurement corrects. */
  public static Optional<Measurement> current(UUID indicatorId, int year) {
    return find(
            "from Measurement m where m.indicatorId = ?1 and m.year = ?2" + CURRENT,
            indicatorId,
            year)
        .firstResultOptional();
  }

  /** The values in force for all years of the given indicators. */
  public static List<Measurement> currentOf(Collection<UUID> indicatorIds) {
    if (indicatorIds.isEmpty()) {
      return List.of();
    }
    return list("from Measurement m where m.indicatorId in ?1" + CURRENT, indicatorIds);
  }

  /** The measurement that corrects this one, if any. */
  public static Optional<Measurement> correctionOf(UUID measurementId) {
    return find("correctsMeasurementId", measurementId).firstResultOptional();
  }
}
