package no.bygdevekst.funding.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.bygdevekst.funding.appropriation.Appropriation;
import no.bygdevekst.funding.appropriation.AppropriationService;
import no.bygdevekst.funding.ledger.Ledger;
import no.bygdevekst.funding.ledger.LedgerEntryType;
import no.bygdevekst.funding.ledger.Movement;
import no.bygdevekst.funding.plan.ApprovedPlan;
import no.bygdevekst.funding.plan.ApprovedPlanRepository;
import no.bygdevekst.platform.audit.AuditTrail;
import no.bygdevekst.platform.money.Amounts;
import no.bygdevekst.platform.problem.Problems;
import no.bygdevekst.platform.security.Caller;
import no.bygdevekst.platform.time.Times;

/** Awards grants (tilsagn) and additions to them, from a year's appropriation. */
@ApplicationScoped
public class GrantService {
  public static final String AGGREGATE = "Grant";

  private final GrantRepository grants;
  private final AppropriationService appropriations;
  private final ApprovedPlanRepository plans;
  private final Ledger ledger;
  private final FundingEvents events;
  private final AuditTrail audit;
  private final Caller caller;
  private final EntityManager em;
  private final Clock clock;

  @Inject
  public GrantService(
      GrantRepository grants,
      AppropriationService appropriations,
      ApprovedPlanRepository plans,
      Ledger ledger,
      FundingEvents events,
      AuditTrail audit,
      Caller caller,
      EntityManager em,
      Clock clock) {
    this.grants = grants;
    this.appropriations = appropriations;
    this.plans = plans;
    this.ledger = ledger;
    this.events = events;
    this.audit = audit;
    this.caller = caller;
    this.em = em;
    this.clock = clock;
  }

  /** What an award did: the grant, and whether it was created now. */
  public record Awarded(Grant grant, boolean created) {}

  /**
   * Awards a grant, or adds to one. Awards for one agreement and year are serialised by an advisory
   * lock, and awards from one appropriation by its row lock, so neither "one grant per agreement
   * and year" nor "never beyond the appropriation" can be broken by racing requests.
   */
  @Transactional
  public Awarded award(AwardRequest request) {
    lockAgreementYear(request.agreementId(), request.year());
    ApprovedPlan plan =
        plans
            .inForce(request.agreementId(), request.year())
            .orElseThrow(
                () ->
                    Problems.conflict(
                        "Agreement "
                            + request.agreementId()
                            + " has no approved action plan for "
                            + request.year()
                            + "; a grant needs one"));
    Appropriation appropriation = appropriations.lockForAward(request.appropriationId());
    if (appropriation.year != request.year()) {
      throw Problems.conflict(
          "Appropriation "
              + appropriation.id
              + " is the budget for "
              + appropriation.year
              + ", not for "
              + request.year());
    }
    Optional<Grant> existing = grants.of(request.agreementId(), request.year());
    if (existing.isPresent() && !request.isAddition()) {
      throw Problems.conflict(
          "Agreement "
              + request.agreementId()
              + " has a grant for "
              + request.year()
              + " already; send \"addition\": true to add to it",
          Map.of("grantId", existing.get().id.toString()));
    }
    if (existing.isEmpty() && request.isAddition()) {
      throw Problems.conflict(
          "Agreement "
              + request.agreementId()
              + " has no grant for "
              + request.year()
              + " to add to; award one without \"addition\"");
    }
    long remaining = appropriation.amountOre - appropriations.awardedOre(appropriation.id);
    if (request.amountOre() > remaining) {
      throw Problems.conflict(
          "Appropriation "
              + appropriation.id
              + " has "
              + remaining
              + " øre left, less than the "
              + request.amountOre()
              + " øre asked for",
          Map.of("remainingOre", remaining));
    }
    Instant now = Times.now(clock);
    String actor = caller.subject();
    Grant grant = existing.map(g -> grants.lock(g.id)).orElseGet(() -> newGrant(request, now));
    grant.requireOpen();
    grant.grantedOre = Amounts.add(grant.grantedOre, request.amountOre());
    grant.nextVersion();
    if (existing.isEmpty()) {
      grants.persist(grant);
    }

    GrantAward award = new GrantAward();
    award.id = UUID.randomUUID();
    award.grantId = grant.id;
    award.appropriationId = appropriation.id;
    award.amountOre = request.amountOre();
    award.addition = request.isAddition();
    award.conditions = request.conditions();
    award.planId = plan.planId;
    award.planRevision = plan.revision;
    award.awardedAt = now;
    award.awardedBy = actor;
    grants.persistAward(award);

    LedgerEntryType type =
        request.isAddition() ? LedgerEntryType.GRANT_ADDED : LedgerEntryType.GRANT_AWARDED;
    ledger.append(
        grant,
        new Movement(type, null, null, request.amountOre(), 0, award.id, appropriation.id, null),
        actor,
        now);
    audit.record(
        request.isAddition() ? "GrantAdded" : "GrantAwarded", AGGREGATE, grant.id, request);
    events.grantAwarded(
        grant,
        ledger.position(grant),
        now,
        actor,
        appropriation.id,
        request.amountOre(),
        request.isAddition(),
        plan.planId,
        plan.revision);
    return new Awarded(grant, existing.isEmpty());
  }

  /** A new grant, persisted by the caller once its first award is on it. */
  private Grant newGrant(AwardRequest request, Instant now) {
    Grant grant = new Grant();
    grant.id = UUID.randomUUID();
    grant.agreementId = request.agreementId();
    grant.year = request.year();
    grant.status = GrantStatus.OPEN;
    grant.grantedOre = 0;
    grant.grantVersion = 0;
    grant.lastEntryNumber = 0;
    grant.createdAt = now;
    grant.createdBy = caller.subject();
    return grant;
  }

  private void lockAgreementYear(UUID agreementId, int year) {
    long key = agreementId.getMostSignificantBits() ^ agreementId.getLeastSignificantBits() ^ year;
    em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) as awarding")
        .setParameter(1, key)
        .getSingleResult();
  }
}
