package no.bygdevekst.actionplan.plan;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measure as the API shows it; {@code version} is its ETag for PUT and DELETE. */
@Schema(name = "Measure")
public record MeasureView(
    UUID measureId,
    @Schema(example = "1") int subGoalNumber,
    @Schema(example = "Felles boligkoordinator") String title,
    String description,
    @Schema(example = "5628") String responsibleParty,
    List<String> partners,
    @Schema(example = "100000000") long grantRequestedOre,
    @Schema(example = "25000000") long ownResourcesOre,
    List<String> resultTargets,
    long version,
    OffsetDateTime createdAt,
    String createdBy,
    OffsetDateTime updatedAt,
    String updatedBy) {

  public static MeasureView of(Measure m) {
    return new MeasureView(
        m.measureId,
        m.subGoalNumber,
        m.title,
        m.description,
        m.responsibleParty,
        List.copyOf(m.partners),
        m.grantRequestedOre,
        m.ownResourcesOre,
        List.copyOf(m.resultTargets),
        m.version,
        m.createdAt,
        m.createdBy,
        m.updatedAt,
        m.updatedBy);
  }
}
