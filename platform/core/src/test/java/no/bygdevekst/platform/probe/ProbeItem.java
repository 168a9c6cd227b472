package no.bygdevekst.platform.probe;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

@Entity
@Table(name = "probe_item")
public class ProbeItem extends PanacheEntityBase {
  @Id public UUID id;
  public String name;

  @Enumerated(EnumType.STRING)
  public ProbeKind kind;

  @Version public long version;
}
