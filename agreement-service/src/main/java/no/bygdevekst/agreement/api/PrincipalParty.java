package no.bygdevekst.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A principal party (hovedpart): a municipality by kommunenummer, or the ministry as KDD; a
 * municipality's organisation number beside its kommunenummer is how its own case system is
 * recognised (Maskinporten's consumer, docs/security.md).
 */
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
    @Schema(example = "Deatnu-Tana kommune") @NotBlank @Size(max = 200) String name,
    @Schema(
            description =
                "A municipality's organisation number in Enhetsregisteret (nine digits, valid"
                    + " mod-11 check digit); how its own case system is recognised. Optional.",
            example = "943505527")
        @Pattern(regexp = "\\d{9}", message = "must be nine digits")
        String organisationNumber) {

  public static final String ID_PATTERN = "\\d{4}|KDD";
}
