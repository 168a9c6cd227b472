package no.bygdevekst.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A principal party signs, with the date of the political decision behind its signature. */
@Schema(description = "A principal party's signature")
public record SignatureRequest(
    @Schema(description = "The signing party: its kommunenummer, or KDD", example = "5628")
        @NotBlank
        @Pattern(
            regexp = PrincipalParty.ID_PATTERN,
            message = "must be a kommunenummer (four digits) or KDD")
        String partyId,
    @Schema(
            description = "Date of the party's political decision (dato for politisk vedtak)",
            example = "2023-12-14")
        @NotNull
        LocalDate politicalDecisionDate,
    @Schema(description = "Who signed on the party's behalf", example = "Ordfører")
        @NotBlank
        @Size(max = 200)
        String signedBy,
    @Schema(
            description = "When it was signed; now if absent. Never in the future",
            example = "2024-01-10T09:00:00Z")
        Instant signedAt) {}
