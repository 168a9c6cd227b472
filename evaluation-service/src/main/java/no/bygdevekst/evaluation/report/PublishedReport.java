package no.bygdevekst.evaluation.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import no.bygdevekst.evaluation.attainment.ReportKind;

/**
 * A report as it was when published: a snapshot in JSON, so that what the public sees does not
 * change behind it when values are corrected later. Publishing again makes a new snapshot.
 */
@Entity
@Table(name = "published_report")
public class PublishedReport extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "agreement_id")
  public UUID agreementId;

  @Enumerated(EnumType.STRING)
  public ReportKind kind;

  public Integer year;

  @Column(name = "published_at")
  public OffsetDateTime publishedAt;

  @Column(name = "published_by")
  public String publishedBy;

  /** The report's JSON. */
  public String content;

  /** Every publication of an agreement, newest first. */
  public static List<PublishedReport> ofAgreement(UUID agreementId) {
    return list("agreementId = ?1 order by publishedAt desc, id", agreementId);
  }

  /** The newest publication of each report (the final one, and each year's status report). */
  public static List<PublishedReport> latestOf(UUID agreementId) {
    Map<String, PublishedReport> latest = new LinkedHashMap<>();
    for (PublishedReport r : ofAgreement(agreementId)) {
      latest.putIfAbsent(r.kind + "/" + Objects.toString(r.year, ""), r);
    }
    List<PublishedReport> reports = new ArrayList<>(latest.values());
    reports.sort(
        (a, b) ->
            a.kind != b.kind
                ? a.kind.compareTo(b.kind)
                : Integer.compare(a.year == null ? 0 : a.year, b.year == null ? 0 : b.year));
    return reports;
  }
}
