package no.bygdevekst.actionplan.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<Consent, UUID> {

  /** The consents and objections in force for a plan (not voided). */
  public List<Consent> current(UUID planId) {
    return list(
        "planId = ?1 and voidedAt is null",
        Sort.by("subGoalNumber").and("organisationNumber"),
        planId);
  }

  /**
   * Voids the decisions in force on {@code subGoals} of a plan, because their content changed.
   *
   * @return the voided decisions
   */
  public List<Consent> voidFor(
      UUID planId, Collection<Integer> subGoals, String reason, OffsetDateTime at) {
    List<Consent> voided =
        list(
            "planId = :p and subGoalNumber in :s and voidedAt is null",
            Sort.by("subGoalNumber").and("organisationNumber"),
            Parameters.with("p", planId).and("s", subGoals));
    voided.forEach(c -> c.voidBecause(reason, at));
    return voided;
  }
}
