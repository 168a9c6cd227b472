package no.bygdevekst.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Registers a person as a representative of a party of the agreement. The personal identity number,
 * when given, is only hashed with the services' secret key and never kept or shown.
 */
@Schema(description = "A person who is to act for a party of the agreement")
public record RepresentativeRequest(
    @Schema(
            description = "The issuer of the person's tokens (iss), exactly",
            example = "https://idporten.no")
        @NotBlank
        @Size(max = 300)
        String issuer,
    @Schema(
            description = "The person's subject (sub) at that issuer",
            example = "x7Rb1m0oA2Pz9Fq5c3KdYwLs8VnT4eHj")
        @NotBlank
        @Size(max = 300)
        String subject,
    @Schema(
            description =
                "The person's fødselsnummer or d-nummer, to match them through another identity"
                    + " provider. Only its keyed hash is kept; it is never returned",
            example = "01017012345",
            writeOnly = true)
        @Pattern(regexp = "\\d{11}", message = "must be eleven digits")
        String pid,
    @Schema(
            description =
                "The party: a principal municipality's kommunenummer or a cooperation partner's"
                    + " organisation number",
            example = "5628")
        @NotBlank
        @Pattern(
            regexp = "\\d{4}|\\d{9}",
            message = "must be a kommunenummer (four digits) or an organisation number (nine)")
        String partyId,
    @Schema(
            description =
                "Whether the person is the party's appointed administrator, who adds and ends the"
                    + " colleagues' registrations. Only KDD appoints administrators",
            defaultValue = "false")
        Boolean administrator,
    @Schema(description = "The first day it holds; today if absent", example = "2025-01-01")
        LocalDate validFrom,
    @Schema(description = "The last day it holds; open if absent", example = "2027-12-30")
        LocalDate validTo) {

  /**
   * The same request with {@code pid} replaced by its keyed hash (or left out without one), for
   * what is kept of the request itself: the idempotency record's hash of the body.
   */
  public RepresentativeRequest withPid(String replacement) {
    return new RepresentativeRequest(
        issuer, subject, replacement, partyId, administrator, validFrom, validTo);
  }

  /** Leaves the personal identity number out: it is not for logs. */
  @Override
  public String toString() {
    return "RepresentativeRequest["
        + issuer
        + " "
        + subject
        + " for "
        + partyId
        + (pid == null ? "" : ", with a pid")
        + "]";
  }
}
