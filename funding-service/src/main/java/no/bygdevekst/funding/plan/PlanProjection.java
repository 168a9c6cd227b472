package no.bygdevekst.funding.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import no.bygdevekst.platform.inbox.PoisonEventException;
import no.bygdevekst.platform.inbox.ReadModel;
import no.bygdevekst.platform.time.Times;
import org.jboss.logging.Logger;

/**
 * Stores every approved revision of a plan, from PlanApproved. Nothing already stored is changed:
 * when a higher revision arrives, it simply becomes the plan in force, and the funding view flags
 * allocations that no longer fit it. The other plan events are known and deliberately ignored:
 * funding acts only on what KDD approved.
 */
@ApplicationScoped
public class PlanProjection implements ReadModel.Source {
  public static final String CONSUMER = "plan-read-model";
  private static final Logger LOG = Logger.getLogger(PlanProjection.class);

  private final ApprovedPlanRepository plans;
  private final Clock clock;

  @Inject
  public PlanProjection(ApprovedPlanRepository plans, Clock clock) {
    this.plans = plans;
    this.clock = clock;
  }

  @Override
  public ReadModel readModel() {
    return ReadModel.of("approved-plans", CONSUMER, "actionplan")
        .on("PlanApproved", PlanApproved.class, (event, plan) -> apply(event.id(), plan))
        .ignoring("PlanSubmitted", "PlanReturned", "PlanRevised")
        .tables("approved_plan_measure", "approved_plan_sub_goal", "approved_plan");
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void apply(UUID eventId, PlanApproved event) {
    if (plans.findByIdOptional(event.planId()).isPresent()) {
      LOG.debugf("Plan %s is already stored as approved", event.planId());
      return;
    }
    plans
        .revision(event.agreementId(), event.year(), event.revision())
        .ifPresent(
            other -> {
              throw new PoisonEventException(
                  "Revision "
                      + event.revision()
                      + " of the "
                      + event.year()
                      + " plan of agreement "
                      + event.agreementId()
                      + " was approved before as plan "
                      + other.planId
                      + ", not "
                      + event.planId());
            });
    requireDistinct(event);
    ApprovedPlan plan = new ApprovedPlan();
    plan.planId = event.planId();
    plan.agreementId = event.agreementId();
    plan.year = event.year();
    plan.revision = event.revision();
    plan.supersedesPlanId = event.supersedesPlanId();
    plan.supersedesRevision = event.supersedesRevision();
    plan.approvedAt = event.approvedAt();
    plan.approvedBy = event.approvedBy();
    plan.totalGrantRequestedOre = event.totalGrantRequestedOre();
    plan.totalOwnResourcesOre = event.totalOwnResourcesOre();
    plan.eventId = eventId;
    plan.receivedAt = Times.now(clock);
    event
        .subGoals()
        .forEach(
            s ->
                plan.subGoals.add(
                    new PlanSubGoal(
                        s.subGoalNumber(),
                        s.measureCount() == null ? 0 : s.measureCount(),
                        s.grantRequestedOre(),
                        s.ownResourcesOre())));
    event
        .measures()
        .forEach(
            m ->
                plan.measures.add(
                    new PlanMeasure(
                        m.measureId(),
                        m.subGoalNumber(),
                        m.title(),
                        m.responsibleParty(),
                        m.grantRequestedOre(),
                        m.ownResourcesOre())));
    plans.persist(plan);
    LOG.infof(
        "Plan %s (revision %d, %d) of agreement %s is approved",
        plan.planId, plan.revision, plan.year, plan.agreementId);
  }

  private static void requireDistinct(PlanApproved event) {
    long subGoals =
        event.subGoals().stream().map(PlanApproved.SubGoal::subGoalNumber).distinct().count();
    long measures =
        event.measures().stream().map(PlanApproved.Measure::measureId).distinct().count();
    if (subGoals != event.subGoals().size() || measures != event.measures().size()) {
      throw new PoisonEventException(
          "Plan " + event.planId() + " names a sub-goal or a measure more than once");
    }
  }
}
