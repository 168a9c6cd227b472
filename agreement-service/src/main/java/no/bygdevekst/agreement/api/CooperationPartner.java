package no.bygdevekst.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cooperation partner (samarbeidspart), by organisation number. */
@Schema(description = "A cooperation partner (samarbeidspart)")
public record CooperationPartner(
    @Schema(description = "Organisasjonsnummer (nine digits)", example = "986399445")
        @NotBlank
        @Pattern(regexp = CooperationPartner.ORG_PATTERN, message = "must be nine digits")
        String organisationNumber,
    @Schema(example = "Innovasjon Norge") @NotBlank @Size(max = 200) String name) {

  public static final String ORG_PATTERN = "\\d{9}";
}
