package no.bygdevekst.agreement.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One registration of the register of representatives. No personal identity number, ever. */
@Schema(description = "A person registered as acting for a party of the agreement")
public record RepresentativeView(
    @Schema(description = "The registration's id") UUID id,
    @Schema(description = "The agreement") UUID agreementId,
    @Schema(description = "The registration's version: its ETag") long version,
    @Schema(description = "The issuer of the person's tokens", example = "https://idporten.no")
        String issuer,
    @Schema(description = "The person's subject at that issuer") String subject,
    @Schema(description = "Whether a personal identity number's hash matches the person too")
        boolean matchedByPid,
    @Schema(description = "The kommunenummer or organisation number", example = "5628")
        String partyId,
    @Schema(
            description = "The role the person acts in, as the party is",
            enumeration = {"municipality", "partner"})
        String role,
    @Schema(description = "Whether the person administers the party's registrations")
        boolean administrator,
    @Schema(description = "The first day it holds") LocalDate validFrom,
    @Schema(description = "The last day it holds; null while open") LocalDate validTo,
    @Schema(description = "Whether it holds today") boolean current,
    @Schema(description = "When it was registered") Instant registeredAt,
    @Schema(description = "Who registered it (subject or client)") String registeredBy,
    @Schema(description = "When it was ended, if it was") Instant endedAt,
    @Schema(description = "Who ended it") String endedBy,
    @Schema(description = "Why it ended") String endReason) {}
