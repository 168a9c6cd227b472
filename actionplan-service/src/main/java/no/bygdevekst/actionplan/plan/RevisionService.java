package no.bygdevekst.actionplan.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.bygdevekst.actionplan.agreement.Agreement;
import no.bygdevekst.actionplan.agreement.AgreementReadModel;
import no.bygdevekst.actionplan.events.PlanRevised;
import no.bygdevekst.platform.audit.AuditTrail;
import no.bygdevekst.platform.outbox.Outbox;
import no.bygdevekst.platform.problem.Problems;
import no.bygdevekst.platform.security.Caller;
import no.bygdevekst.platform.time.Times;

/**
 * The yearly update of an approved plan: a new draft revision with the measures of the revision in
 * force, which supersedes it once approved.
 */
@ApplicationScoped
public class RevisionService {
  private final PlanRepository plans;
  private final MeasureRepository measures;
  private final AgreementReadModel agreements;
  private final PlanViews views;
  private final Caller caller;
  private final AuditTrail audit;
  private final Outbox outbox;
  private final Clock clock;

  @Inject
  public RevisionService(
      PlanRepository plans,
      MeasureRepository measures,
      AgreementReadModel agreements,
      PlanViews views,
      Caller caller,
      AuditTrail audit,
      Outbox outbox,
      Clock clock) {
    this.plans = plans;
    this.measures = measures;
    this.agreements = agreements;
    this.views = views;
    this.caller = caller;
    this.audit = audit;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * A municipality starts the next revision from the approved revision in force: a new draft with
   * the same measures and no consents.
   */
  @Transactional
  public PlanView revise(UUID planId) {
    ActionPlan source = plans.lock(planId);
    Agreement agreement = agreements.require(source.agreementId);
    caller.requireMunicipalityAmong(agreement.id(), agreement.municipalityNumbers());
    if (source.status != PlanStatus.APPROVED) {
      throw Problems.conflict(
          "Plan "
              + source.id
              + " is "
              + source.status
              + "; only an approved plan is revised (change this one instead)");
    }
    if (!source.inForce()) {
      throw Problems.conflict(
          "Revision "
              + source.revision
              + " was superseded by revision "
              + source.supersededByRevision
              + "; revise the revision in force",
          Map.of("inForcePlanId", source.supersededByPlanId));
    }
    List<ActionPlan> revisions = plans.revisionsOf(source.agreementId, source.year);
    Optional<ActionPlan> open =
        revisions.stream().filter(p -> p.status != PlanStatus.APPROVED).findFirst();
    if (open.isPresent()) {
      throw Problems.conflict(
          "Revision "
              + open.get().revision
              + " of this plan is already under way ("
              + open.get().status
              + ")",
          Map.of("openPlanId", open.get().id, "openRevision", open.get().revision));
    }
    agreement.requireOpenFor(source.year);
    int revision = revisions.stream().mapToInt(p -> p.revision).max().orElse(0) + 1;
    OffsetDateTime now = Times.nowUtc(clock);
    ActionPlan draft =
        ActionPlan.draft(source.agreementId, source.year, revision, now, caller.subject());
    draft.revisedFromPlanId = source.id;
    draft.revisedFromRevision = source.revision;
    plans.persist(draft);
    List<Measure> copied =
        measures.ofPlan(source.id).stream()
            .map(m -> m.copyTo(draft.id, now, caller.subject()))
            .toList();
    measures.persist(copied);
    outbox.record(
        draft.agreementId,
        PlanRevised.NAME,
        1,
        new PlanRevised(
            draft.id, draft.agreementId, draft.year, draft.revision, source.id, source.revision));
    audit.record(
        "plan.revised",
        PlanService.AUDIT_TYPE,
        draft.id,
        Map.of(
            "revisedFromPlanId",
            source.id,
            "revisedFromRevision",
            source.revision,
            "measuresCopied",
            copied.size()));
    audit.record(
        "plan.revision-started",
        PlanService.AUDIT_TYPE,
        source.id,
        Map.of("newPlanId", draft.id, "newRevision", draft.revision));
    plans.flush();
    return views.of(draft, Optional.of(agreement));
  }
}
