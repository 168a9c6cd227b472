package no.bygdevekst.actionplan.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.platform.problem.Problems;

@ApplicationScoped
public class MeasureRepository implements PanacheRepositoryBase<Measure, UUID> {

  /** The measures of a plan, in the order they were added. */
  public List<Measure> ofPlan(UUID planId) {
    return list("planId", Sort.by("position"), planId);
  }

  /** A measure of a plan by its measure id, or 404. */
  public Measure require(UUID planId, UUID measureId) {
    return find("planId = :p and measureId = :m", Parameters.with("p", planId).and("m", measureId))
        .firstResultOptional()
        .orElseThrow(() -> Problems.notFound("Measure", measureId + " of action plan " + planId));
  }

  public int nextPosition(UUID planId) {
    Integer max =
        getEntityManager()
            .createQuery("select max(m.position) from Measure m where m.planId = ?1", Integer.class)
            .setParameter(1, planId)
            .getSingleResult();
    return max == null ? 1 : max + 1;
  }
}
