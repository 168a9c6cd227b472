package no.bygdevekst.bench.peer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One row of ten fields, as a Panache active record: the shape of a small aggregate's summary. The
 * benchmark creates the table and the row (bench/src/.../PeerData.java).
 */
@Entity
@Table(name = "item")
public class Item extends PanacheEntityBase {
  @Id public Long id;

  public String title;

  public String description;

  public String category;

  @Column(name = "municipality_number")
  public String municipalityNumber;

  @Column(name = "amount_ore")
  public long amountOre;

  public int quantity;

  public boolean active;

  @Column(name = "valid_from")
  public LocalDate validFrom;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;
}
