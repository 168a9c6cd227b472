package no.bygdevekst.actionplan.plan;

import static no.bygdevekst.actionplan.plan.PlanStatus.APPROVED;
import static no.bygdevekst.actionplan.plan.PlanStatus.DRAFT;
import static no.bygdevekst.actionplan.plan.PlanStatus.RETURNED;
import static no.bygdevekst.actionplan.plan.PlanStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The allowed moves of a plan, all of them. */
class PlanStatusTest {
  @Test
  void onlyTheDocumentedTransitionsAreAllowed() {
    assertEquals(Set.of(SUBMITTED), next(DRAFT));
    assertEquals(Set.of(SUBMITTED), next(RETURNED));
    assertEquals(Set.of(APPROVED, RETURNED), next(SUBMITTED));
    assertEquals(Set.of(), next(APPROVED));
    assertEquals(EnumSet.of(DRAFT, RETURNED), editable());
  }

  private static Set<PlanStatus> next(PlanStatus from) {
    EnumSet<PlanStatus> next = EnumSet.noneOf(PlanStatus.class);
    for (PlanStatus to : PlanStatus.values()) {
      if (from.canMoveTo(to)) {
        next.add(to);
      }
    }
    return next;
  }

  private static Set<PlanStatus> editable() {
    EnumSet<PlanStatus> editable = EnumSet.noneOf(PlanStatus.class);
    for (PlanStatus s : PlanStatus.values()) {
      if (s.editable()) {
        editable.add(s);
      }
    }
    return editable;
  }
}
