package no.bygdevekst.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A principal party (hovedpart): a municipality by kommunenummer, or the ministry as KDD. */
@Schema(description = "A principal party (hovedpart) that signs the agreement")
public record PrincipalParty(
    @Schema(
            description =
                "Kommunenummer valid at registration (four digits), or KDD for the ministry",
            example = "5628")
        @NotBlank
        @Pattern(
            regexp = PrincipalParty.ID_PATTERN,
            message = "must be a kommunenummer (four digits) or KDD")
        String partyId,
    @Schema(example = "MUNICIPALITY") @NotNull PartyKind kind,
    @Schema(example = "Deatnu-Tana kommune") @NotBlank @Size(max = 200) String name) {

  public static final String ID_PATTERN = "\\d{4}|KDD";
}
