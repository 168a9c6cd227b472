package no.bygdevekst.actionplan.plan;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.bygdevekst.platform.problem.Problems;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<ActionPlan, UUID> {

  /** The plan, or 404. */
  public ActionPlan require(UUID id) {
    return findByIdOptional(id).orElseThrow(() -> Problems.notFound("Action plan", id));
  }

  /**
   * The plan, locked until the transaction ends: every command on a plan takes this lock first, so
   * that commands on one plan (a consent and a change to a measure, say) never interleave.
   */
  public ActionPlan lock(UUID id) {
    return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
        .orElseThrow(() -> Problems.notFound("Action plan", id));
  }

  public List<ActionPlan> revisionsOf(UUID agreementId, int year) {
    return list(
        "agreementId = :a and year = :y",
        Sort.by("revision"),
        Parameters.with("a", agreementId).and("y", year));
  }

  /** The approved revision in force for an agreement and year, if any. */
  public Optional<ActionPlan> inForce(UUID agreementId, int year) {
    return find(
            "agreementId = :a and year = :y and status = :s and supersededByPlanId is null",
            Parameters.with("a", agreementId).and("y", year).and("s", PlanStatus.APPROVED))
        .firstResultOptional();
  }

  /** Plans of an agreement, filtered by year and status when given, by year and revision. */
  public PanacheQuery<ActionPlan> ofAgreement(UUID agreementId, Integer year, PlanStatus status) {
    StringBuilder query = new StringBuilder("agreementId = :a");
    Parameters params = Parameters.with("a", agreementId);
    if (year != null) {
      query.append(" and year = :y");
      params.and("y", year);
    }
    if (status != null) {
      query.append(" and status = :s");
      params.and("s", status);
    }
    return find(query.toString(), Sort.by("year").and("revision"), params);
  }
}
