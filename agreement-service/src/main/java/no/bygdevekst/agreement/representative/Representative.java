package no.bygdevekst.agreement.representative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import no.bygdevekst.platform.inbox.RepresentativeRow;

/**
 * One registration in an agreement's register of representatives: a person (issuer and subject)
 * acts for a party of the agreement in a role, from {@code validFrom} to {@code validTo}. Ending it
 * sets its last day; a registration is never deleted, so the register shows who could act when. Its
 * fields are those every other service keeps of it from the events ({@link RepresentativeRow}),
 * plus who registered and ended it; its version counts its changes (1 when registered), under the
 * lock on the agreement's row that every change takes.
 */
@Entity
@Table(name = "representative")
public class Representative extends RepresentativeRow {
  @Column(name = "registered_at", nullable = false)
  public Instant registeredAt;

  @Column(name = "registered_by", nullable = false)
  public String registeredBy;

  @Column(name = "ended_at")
  public Instant endedAt;

  @Column(name = "ended_by")
  public String endedBy;

  @Column(name = "end_reason")
  public String endReason;

  /** Whether it holds on {@code day}. */
  public boolean validOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  /** Whether it holds on some day from {@code from} to {@code to} (null: open). */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return (validTo == null || !validTo.isBefore(from)) && (to == null || !to.isBefore(validFrom));
  }
}
