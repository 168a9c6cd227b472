package no.bygdevekst.actionplan.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.actionplan.agreement.AgreementReadModel;
import no.bygdevekst.actionplan.plan.ActionPlan;
import no.bygdevekst.actionplan.plan.PlanRepository;
import no.bygdevekst.actionplan.plan.PlanStatus;
import no.bygdevekst.actionplan.plan.PlanViews;
import no.bygdevekst.platform.http.ETags;
import no.bygdevekst.platform.http.Page;
import no.bygdevekst.platform.http.PageRequest;

/** The approved plans of an agreement, for the public portal. */
@ApplicationScoped
public class PublicPlans {
  private final PlanRepository plans;
  private final PlanViews views;
  private final AgreementReadModel agreements;

  @Inject
  public PublicPlans(PlanRepository plans, PlanViews views, AgreementReadModel agreements) {
    this.plans = plans;
    this.views = views;
    this.agreements = agreements;
  }

  /** One page of approved revisions, with a tag that changes whenever the page would. */
  public record Published(Page<PublicPlanView> page, EntityTag tag) {}

  @Transactional
  public Published approved(UUID agreementId, Integer year, PageRequest page) {
    agreements.require(agreementId);
    var query = plans.ofAgreement(agreementId, year, PlanStatus.APPROVED);
    long total = query.count();
    List<ActionPlan> items = query.page(page.page(), page.size()).list();
    StringBuilder fingerprint =
        new StringBuilder(total + "/" + page.page() + "/" + page.size() + ";");
    items.forEach(p -> fingerprint.append(p.id).append(':').append(p.version).append(';'));
    Page<PublicPlanView> result =
        Page.of(items.stream().map(p -> PublicPlanView.of(views.of(p))).toList(), page, total);
    return new Published(result, ETags.ofFingerprint(fingerprint.toString()));
  }
}
