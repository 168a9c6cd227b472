package no.bygdevekst.agreement.agreement;

import java.util.UUID;
import no.bygdevekst.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a 409 adds when a municipality would take part in two open agreements at once (written by
 * {@link MunicipalityEngagements}); for the API description only.
 */
@Schema(
    name = "AgreementOverlapProblem",
    description =
        "A conflict (/problems/conflict); when a municipality of the agreement is already a"
            + " principal party of another open agreement whose period overlaps, it names that"
            + " agreement and, where known, the municipality",
    allOf = Problem.class)
public record AgreementOverlapProblem(
    @Schema(description = "The other open agreement whose period overlaps")
        UUID conflictingAgreementId,
    @Schema(description = "The municipality (kommunenummer) in both", examples = "5628")
        String municipality) {}
