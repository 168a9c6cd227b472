package no.bygdevekst.funding.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.bygdevekst.funding.plan.ApprovedPlan;
import no.bygdevekst.funding.plan.ApprovedPlanRepository;
import no.bygdevekst.platform.http.Page;
import no.bygdevekst.platform.http.PageRequest;
import no.bygdevekst.platform.problem.Problems;

/** Reads a grant's ledger, as JSON pages or as one CSV document. */
@ApplicationScoped
public class LedgerQueries {
  private final LedgerAccounts grants;
  private final LedgerRepository ledger;
  private final ApprovedPlanRepository plans;

  @Inject
  public LedgerQueries(
      LedgerAccounts grants, LedgerRepository ledger, ApprovedPlanRepository plans) {
    this.grants = grants;
    this.ledger = ledger;
    this.plans = plans;
  }

  @Transactional
  public Page<LedgerEntryView> page(UUID grantId, PageRequest page) {
    grants.require(grantId);
    List<LedgerEntryView> items =
        ledger.page(grantId, page.offset(), page.size()).stream().map(LedgerEntryView::of).toList();
    return Page.of(items, page, ledger.countOf(grantId));
  }

  @Transactional
  public LedgerEntryView entry(UUID grantId, UUID entryId) {
    grants.require(grantId);
    return ledger
        .findByIdOptional(entryId)
        .filter(e -> e.grantId.equals(grantId))
        .map(LedgerEntryView::of)
        .orElseThrow(() -> Problems.notFound("Ledger entry", entryId));
  }

  @Transactional
  public String csv(UUID grantId) {
    LedgerAccount grant = grants.require(grantId);
    List<LedgerEntry> entries = ledger.of(grantId);
    return LedgerCsv.of(entries, measureTitles(grant));
  }

  /** The titles of the measures of every approved revision; a later revision's title wins. */
  private Map<UUID, String> measureTitles(LedgerAccount grant) {
    Map<UUID, String> titles = new HashMap<>();
    List<ApprovedPlan> revisions =
        plans.list(
            "agreementId = ?1 and year = ?2 order by revision", grant.agreementId(), grant.year());
    for (ApprovedPlan plan : revisions) {
      plan.measures.forEach(m -> titles.put(m.measureId, m.title));
    }
    return titles;
  }
}
