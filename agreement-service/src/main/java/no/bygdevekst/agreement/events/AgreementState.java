package no.bygdevekst.agreement.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An agreement's current state as every agreement event carries it (docs/events.md, schema version
 * 1), so that consumers keep a read model without calling back. These records are the event
 * contract: they change only with it, never because the HTTP API changes.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AgreementState(
    UUID agreementId,
    long version,
    String title,
    String pilotArea,
    Period period,
    String status,
    List<Party> principalParties,
    List<Partner> partners,
    List<SubGoal> subGoals,
    List<Signature> signatures,
    Instant changedAt,
    String changedBy) {

  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Period(LocalDate from, LocalDate to) {}

  /**
   * A principal party; {@code organisationNumber} was added in schema version 1 as an optional
   * field (docs/events.md): null where it was not recorded, and for the ministry.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Party(String partyId, String kind, String name, String organisationNumber) {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Partner(String organisationNumber, String name) {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record SubGoal(
      int number,
      String title,
      List<String> partners,
      String coordinator,
      List<Integer> relatedSubGoals) {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Signature(
      String partyId, LocalDate politicalDecisionDate, String signedBy, Instant signedAt) {}
}
