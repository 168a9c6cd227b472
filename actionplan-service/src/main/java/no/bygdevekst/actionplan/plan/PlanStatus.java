package no.bygdevekst.actionplan.plan;

import java.util.Map;
import java.util.Set;

/**
 * Where a plan revision is in its approval: DRAFT -> SUBMITTED -> APPROVED, or SUBMITTED ->
 * RETURNED (with KDD's reason) -> SUBMITTED again. Only DRAFT and RETURNED plans change.
 */
public enum PlanStatus {
  DRAFT,
  SUBMITTED,
  RETURNED,
  APPROVED;

  private static final Map<PlanStatus, Set<PlanStatus>> NEXT =
      Map.of(
          DRAFT, Set.of(SUBMITTED),
          RETURNED, Set.of(SUBMITTED),
          SUBMITTED, Set.of(APPROVED, RETURNED),
          APPROVED, Set.of());

  public boolean canMoveTo(PlanStatus next) {
    return NEXT.get(this).contains(next);
  }

  /** Whether measures and consents may change. */
  public boolean editable() {
    return this == DRAFT || this == RETURNED;
  }
}
