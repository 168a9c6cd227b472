package no.bygdevekst.funding.appropriation;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An appropriation with what has been awarded from it and what remains. */
public record AppropriationView(
    UUID id,
    @Schema(example = "2025") int year,
    @Schema(example = "2500000000") long amountOre,
    @Schema(example = "Prop. 1 S (2024-2025), kap. 553 post 65") String budgetDecisionReference,
    String description,
    @Schema(description = "Awarded in grants from it, in øre", example = "500000000")
        long awardedOre,
    @Schema(description = "Still free to award, in øre", example = "2000000000") long remainingOre,
    Instant createdAt,
    String createdBy) {

  static AppropriationView of(Appropriation a, long awardedOre) {
    return new AppropriationView(
        a.id,
        a.year,
        a.amountOre,
        a.budgetDecisionReference,
        a.description,
        awardedOre,
        a.amountOre - awardedOre,
        a.createdAt,
        a.createdBy);
  }
}
