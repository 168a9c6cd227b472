package no.bygdevekst.evaluation.funding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.platform.inbox.LatestVersions;
import no.bygdevekst.platform.inbox.VersionedRow;

/** A grant's totals per sub-goal as its latest funding event told them (highest grantVersion). */
@Entity
@Table(name = "grant_totals")
public class GrantTotals extends PanacheEntityBase implements VersionedRow {
  @Id
  @Column(name = "grant_id")
  public UUID grantId;

  @Column(name = "agreement_id")
  public UUID agreementId;

  public int year;

  @Column(name = "grant_version")
  public long grantVersion;

  @Column(name = "granted_ore")
  public long grantedOre;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;

  @ElementCollection
  @CollectionTable(name = "grant_totals_sub_goal", joinColumns = @JoinColumn(name = "grant_id"))
  public List<GrantSubGoalTotals> subGoals = new ArrayList<>();

  public static List<GrantTotals> of(UUID agreementId, int year) {
    return list("agreementId = ?1 and year = ?2", agreementId, year);
  }

  public static List<GrantTotals> ofAgreement(UUID agreementId) {
    return list("agreementId", agreementId);
  }

  /** Takes the totals a newer funding event carried. */
  void hold(GrantTotalsChanged totals, LatestVersions.Applied applied) {
    grantId = totals.grantId();
    agreementId = totals.agreementId();
    year = totals.year();
    grantVersion = totals.grantVersion();
    grantedOre = totals.grantedOre();
    updatedAt = applied.at().atOffset(ZoneOffset.UTC);
    subGoals.clear();
    for (GrantTotalsChanged.SubGoal s : totals.subGoals()) {
      subGoals.add(
          new GrantSubGoalTotals(
              s.subGoalNumber(), s.allocatedOre(), s.ownResourcesOre(), s.disbursedOre()));
    }
  }

  @Override
  public long version() {
    return grantVersion;
  }
}
