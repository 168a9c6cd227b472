package no.bygdevekst.agreement.history;

import java.time.Instant;
import java.util.List;
import no.bygdevekst.agreement.api.AgreementView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of an agreement with the agreement as it was then. */
@Schema(description = "A version of an agreement, with its content at that version")
public record VersionDetail(
    long version,
    ChangeKind change,
    String reason,
    Instant changedAt,
    String changedBy,
    List<String> changedFields,
    AgreementView agreement) {}
