package no.bygdevekst.agreement.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of an agreement, whole, with who made it, when, why and what it changed. */
@Entity
@Immutable
@Table(name = "agreement_version")
@IdClass(AgreementVersion.Key.class)
public class AgreementVersion {
  @Id
  @Column(name = "agreement_id")
  public UUID agreementId;

  @Id public long version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ChangeKind change;

  public String reason;

  @Column(name = "changed_at", nullable = false)
  public Instant changedAt;

  @Column(name = "changed_by", nullable = false)
  public String changedBy;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "changed_fields", nullable = false)
  public List<String> changedFields;

  /** The agreement as the API showed it at this version (JSON). */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  public String state;

  /** The primary key: agreement and version. */
  public static class Key implements Serializable {
    public UUID agreementId;
    public long version;

    public Key() {}

    public Key(UUID agreementId, long version) {
      this.agreementId = agreementId;
      this.version = version;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.version == version
          && Objects.equals(k.agreementId, agreementId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(agreementId, version);
    }
  }
}
