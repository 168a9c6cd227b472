package no.bygdevekst.agreement.api;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A principal party's signature as recorded. */
@Schema(description = "A signature")
public record Signature(
    @Schema(example = "5628") String partyId,
    @Schema(example = "2023-12-14") LocalDate politicalDecisionDate,
    @Schema(example = "Ordfører") String signedBy,
    Instant signedAt,
    @Schema(description = "Who recorded it (token subject); absent on public endpoints")
        String recordedBy) {

  /** The signature without who recorded it, for the public. */
  public Signature withoutRecorder() {
    return new Signature(partyId, politicalDecisionDate, signedBy, signedAt, null);
  }
}
