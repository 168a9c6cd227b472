package no.bygdevekst.funding.grant;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.platform.http.Page;
import no.bygdevekst.platform.http.PageRequest;

/** Lists grants. */
@ApplicationScoped
public class GrantQueries {
  private final GrantRepository grants;
  private final GrantViews views;

  @Inject
  public GrantQueries(GrantRepository grants, GrantViews views) {
    this.grants = grants;
    this.views = views;
  }

  @Transactional
  public Page<GrantView> list(UUID agreementId, Integer year, PageRequest page) {
    List<String> where = new ArrayList<>();
    Parameters parameters = new Parameters();
    if (agreementId != null) {
      where.add("agreementId = :agreementId");
      parameters.and("agreementId", agreementId);
    }
    if (year != null) {
      where.add("year = :year");
      parameters.and("year", year);
    }
    Sort sort = Sort.descending("year").and("createdAt", Sort.Direction.Descending);
    PanacheQuery<Grant> query =
        where.isEmpty()
            ? grants.findAll(sort)
            : grants.find(String.join(" and ", where), sort, parameters);
    long total = query.count();
    List<GrantView> items =
        query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list().stream()
            .map(views::of)
            .toList();
    return Page.of(items, page, total);
  }
}
