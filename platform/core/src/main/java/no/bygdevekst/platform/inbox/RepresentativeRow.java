package no.bygdevekst.platform.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One registration of an agreement's register of representatives as a service keeps it from the
 * agreement events ({@link Representatives}). A service maps it to a table of its own:
 *
 * <pre>{@code
 * @Entity
 * @Table(name = "representative_view")
 * public class Representative extends RepresentativeRow {}
 * }</pre>
 */
@MappedSuperclass
public abstract class RepresentativeRow implements VersionedRow {
  @Id
  @Column(name = "representative_id")
  public UUID representativeId;

  @Column(name = "agreement_id", nullable = false)
  public UUID agreementId;

  @Column(nullable = false)
  public long version;

  @Column(nullable = false)
  public String issuer;

  @Column(nullable = false)
  public String subject;

  @Column(name = "pid_hash")
  public String pidHash;

  @Column(name = "party_id", nullable = false)
  public String partyId;

  @Column(nullable = false)
  public String role;

  @Column(nullable = false)
  public boolean administrator;

  @Column(name = "valid_from", nullable = false)
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;

  @Column(name = "updated_at", nullable = false)
  public OffsetDateTime updatedAt;

  @Override
  public long version() {
    return version;
  }

  /** Takes the registration as a newer event carries it. */
  void hold(RepresentativeChange change, LatestVersions.Applied applied) {
    representativeId = change.representativeId();
    agreementId = change.agreementId();
    version = change.version();
    issuer = change.issuer();
    subject = change.subject();
    pidHash = change.pidHash();
    partyId = change.partyId();
    role = change.role();
    administrator = change.administrator();
    validFrom = change.validFrom();
    validTo = change.validTo();
    updatedAt = applied.at().atOffset(ZoneOffset.UTC);
  }
}
