package no.bygdevekst.platform.probe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import no.bygdevekst.platform.inbox.VersionedRow;

/** Another service's aggregate as a read model keeps it: the latest version seen. */
@Entity
@Table(name = "probe_latest")
public class ProbeLatest implements VersionedRow {
  @Id public UUID id;

  @Column(nullable = false)
  public long version;

  @Column(nullable = false)
  public String label;

  @Override
  public long version() {
    return version;
  }
}
