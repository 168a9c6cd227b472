package no.bygdevekst.funding.appropriation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import no.bygdevekst.platform.audit.AuditTrail;
import no.bygdevekst.platform.http.PageRequest;
import no.bygdevekst.platform.problem.Problems;
import no.bygdevekst.platform.security.Caller;
import no.bygdevekst.platform.time.Times;
import org.hibernate.exception.ConstraintViolationException;

@ApplicationScoped
public class AppropriationService {
  static final String AGGREGATE = "Appropriation";

  private final AppropriationRepository appropriations;
  private final AuditTrail audit;
  private final Caller caller;
  private final Clock clock;

  @Inject
  public AppropriationService(
      AppropriationRepository appropriations, AuditTrail audit, Caller caller, Clock clock) {
    this.appropriations = appropriations;
    this.audit = audit;
    this.caller = caller;
    this.clock = clock;
  }

  @Transactional
  public AppropriationView create(NewAppropriation request) {
    if (appropriations.existsFor(request.year(), request.budgetDecisionReference())) {
      throw duplicate(request);
    }
    Appropriation a = new Appropriation();
    a.id = UUID.randomUUID();
    a.year = request.year();
    a.amountOre = request.amountOre();
    a.budgetDecisionReference = request.budgetDecisionReference();
    a.description = request.description();
    a.createdAt = Times.now(clock);
    a.createdBy = caller.subject();
    try {
      appropriations.persistAndFlush(a);
    } catch (ConstraintViolationException e) {
      // the same appropriation recorded by a request racing this one
      throw duplicate(request);
    }
    audit.record("AppropriationCreated", AGGREGATE, a.id, request);
    return AppropriationView.of(a, 0);
  }

  private static RuntimeException duplicate(NewAppropriation request) {
    return Problems.conflict(
        "An appropriation for "
            + request.year()
            + " with budget decision '"
            + request.budgetDecisionReference()
            + "' exists already");
  }

  @Transactional
  public AppropriationView get(UUID id) {
    Appropriation a =
        appropriations
            .findByIdOptional(id)
            .orElseThrow(() -> Problems.notFound("Appropriation", id));
    return AppropriationView.of(a, appropriations.awardedOre(id));
  }

  /**
   * Locks an appropriation for an award in the caller's transaction, so that two awards racing for
   * its last kroner are served one after the other.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Appropriation lockForAward(UUID id) {
    Appropriation a = appropriations.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (a == null) {
      throw Problems.invalid("appropriationId", "there is no appropriation " + id);
    }
    return a;
  }

  public long awardedOre(UUID id) {
    return appropriations.awardedOre(id);
  }

  @Transactional
  public no.bygdevekst.platform.http.Page<AppropriationView> list(Integer year, PageRequest page) {
    PanacheQuery<Appropriation> query =
        year == null
            ? appropriations.findAll(Sort.descending("year").and("createdAt"))
            : appropriations.find(
                "year = :year", Sort.ascending("createdAt"), Parameters.with("year", year));
    long total = query.count();
    var items =
        query.page(Page.of(page.page(), page.size())).list().stream()
            .map(a -> AppropriationView.of(a, appropriations.awardedOre(a.id)))
            .toList();
    return no.bygdevekst.platform.http.Page.of(items, page, total);
  }
}
