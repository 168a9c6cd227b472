package no.bygdevekst.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A political decision or plan the agreement rests on (forankring). */
@Schema(description = "A decision or plan the agreement is anchored in (forankring)")
public record Anchor(
    @Schema(example = "WHITE_PAPER") @NotNull AnchorKind kind,
    @Schema(
            example =
                "Meld. St. 27 (2022–2023) Eit godt liv i heile Noreg – distriktspolitikk for framtida")
        @NotBlank
        @Size(max = 1000)
        String reference,
    @Schema(description = "When it was decided or adopted, if known") LocalDate date,
    @Schema(
            description =
                "Whose decision or plan: a principal party id or a partner's organisation number",
            example = "5628")
        @Size(max = 10)
        String partyId) {}
