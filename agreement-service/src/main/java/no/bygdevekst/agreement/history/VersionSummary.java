package no.bygdevekst.agreement.history;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version in an agreement's history: who changed what, when and why. */
@Schema(description = "A version of an agreement")
public record VersionSummary(
    @Schema(example = "2") long version,
    @Schema(example = "AMENDED") ChangeKind change,
    @Schema(description = "The reason given for an amendment or an early conclusion") String reason,
    Instant changedAt,
    @Schema(example = "kdd-saksbehandler") String changedBy,
    @Schema(
            description = "Top-level fields of the agreement that differ from the previous version",
            example = "[\"subGoals\", \"partners\"]")
        List<String> changedFields) {

  static VersionSummary of(AgreementVersion v) {
    return new VersionSummary(
        v.version, v.change, v.reason, v.changedAt, v.changedBy, List.copyOf(v.changedFields));
  }
}
