package no.bygdevekst.evaluation.report;

import no.bygdevekst.evaluation.agreement.AgreementStatus;
import no.bygdevekst.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a 409 on a publication adds ({@link PublicationService}); API description only. */
@Schema(
    name = "PublicationConflictProblem",
    description =
        "A conflict (/problems/conflict): only reports of active or concluded agreements are"
            + " published; says what the agreement is",
    allOf = Problem.class)
public record PublicationConflictProblem(
    @Schema(description = "The agreement's status as this service knows it")
        AgreementStatus agreementStatus) {}
