package no.bygdevekst.agreement.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import no.bygdevekst.agreement.api.AgreementRequest;
import no.bygdevekst.agreement.api.AgreementStatus;
import no.bygdevekst.agreement.api.AmendmentRequest;
import no.bygdevekst.agreement.api.ConclusionRequest;
import no.bygdevekst.agreement.api.PartyKind;
import no.bygdevekst.agreement.api.PrincipalParty;
import no.bygdevekst.agreement.api.SignatureRequest;
import no.bygdevekst.platform.audit.AuditTrail;
import no.bygdevekst.platform.http.ETags;
import no.bygdevekst.platform.problem.Problems;
import no.bygdevekst.platform.security.Caller;
import no.bygdevekst.platform.security.Roles;
import no.bygdevekst.platform.time.Times;

/**
 * The commands on agreements, one transaction each. Writers lock the agreement's row first, so that
 * commands on one agreement run one after the other and each sees the state the last one left.
 */
@ApplicationScoped
public class AgreementService {
  /** How far ahead of the server's clock a client's signing time may be (clock skew). */
  private static final Duration SKEW = Duration.ofMinutes(5);

  private final EntityManager em;
  private final AgreementChanges changes;
  private final MunicipalityEngagements engagements;
  private final Caller caller;
  private final Clock clock;

  public AgreementService(
      EntityManager em,
      AgreementChanges changes,
      MunicipalityEngagements engagements,
      Caller caller,
      Clock clock) {
    this.em = em;
    this.changes = changes;
    this.engagements = engagements;
    this.caller = caller;
    this.clock = clock;
  }

  /** Registers a draft (kdd). */
  @Transactional
  public Agreement register(AgreementRequest content) {
    AgreementRules.check(content);
    Agreement a = Agreement.draft(UUID.randomUUID(), now(), caller.subject());
    AgreementMapper.applyContent(a, content);
    em.persist(a);
    em.flush();
    engagements.claim(a.id, a.municipalities(), a.periodFrom, a.periodTo);
    changes.registered(a, false);
    return a;
  }

  /** Replaces a draft nobody has signed (kdd, {@code If-Match}). */
  @Transactional
  public Agreement replace(UUID id, String ifMatch, AgreementRequest content) {
    Agreement a = lockForWrite(id);
    ETags.requireMatch(ifMatch, a.version);
    a.requireReplaceable();
    AgreementRules.check(content);
    engagements.claim(
        id, municipalitiesOf(content), content.period().from(), content.period().to());
    AgreementMapper.applyContent(a, content);
    a.touch(now(), caller.subject());
    changes.registered(a, true);
    return a;
  }

  /**
   * A principal party signs for itself: a municipality for its own number, kdd for the ministry.
   * The last signature makes the agreement signed, and active at once if its start date has come.
   */
  @Transactional
  public Agreement sign(UUID id, SignatureRequest request) {
    String partyId = request.partyId();
    requireSignsForItself(id, partyId);
    Agreement a = lockForWrite(id);
    a.requireSignableBy(partyId);

    Instant now = now();
    LocalDate today = Times.today(clock);
    Instant signedAt =
        request.signedAt() == null ? now : request.signedAt().truncatedTo(ChronoUnit.MICROS);
    if (signedAt.isAfter(now.plus(SKEW))) {
      throw Problems.invalid("signedAt", "must not be in the future");
    }
    LocalDate signedOn = signedAt.atZone(Times.NORWAY).toLocalDate();
    LocalDate decided = request.politicalDecisionDate();
    if (decided.isAfter(today)) {
      throw Problems.invalid(
          "politicalDecisionDate", "must not be in the future (today is " + today + ")");
    }
    if (decided.isAfter(signedOn)) {
      throw Problems.invalid(
          "politicalDecisionDate", "must not be after the signing (" + signedOn + ")");
    }

    boolean last =
        a.sign(
            new SignatureRow(
                partyId, decided, request.signedBy().strip(), signedAt, caller.subject()),
            now,
            caller.subject());
    changes.signed(a, partyId);
    if (last) {
      activateIfDue(a);
    }
    return a;
  }

  /**
   * Amends a signed or active agreement (kdd, {@code If-Match}): the parts present replace the
   * agreement's, which must still keep every rule.
   */
  @Transactional
  public Agreement amend(UUID id, String ifMatch, AmendmentRequest request) {
    Agreement a = lockForWrite(id);
    // A read shows a due agreement active, with the version its activation takes: the ETag a
    // client sends names that version.
    activateIfDue(a);
    ETags.requireMatch(ifMatch, a.version);
    a.requireAmendable();
    AgreementRequest current = AgreementMapper.contentOf(a);
    AgreementRequest amended =
        new AgreementRequest(
            current.title(),
            current.pilotArea(),
            request.period() != null ? request.period() : current.period(),
            current.principalParties(),
            request.partners() != null ? request.partners() : current.partners(),
            request.subGoals() != null ? request.subGoals() : current.subGoals(),
            request.commitments() != null ? request.commitments() : current.commitments(),
            request.anchoring() != null ? request.anchoring() : current.anchoring());
    AgreementRules.check(amended);
    LocalDate today = Times.today(clock);
    if (a.status == AgreementStatus.ACTIVE && amended.period().from().isAfter(today)) {
      throw Problems.conflict(
          "Agreement " + id + " is active; its start date cannot move after today (" + today + ")");
    }
    if (AgreementMapper.normalised(amended).equals(current)) {
      throw Problems.badRequest("The amendment changes nothing in agreement " + id);
    }
    // Claim before changing the entity: the claim's native statements may flush it.
    engagements.claim(id, a.municipalities(), amended.period().from(), amended.period().to());
    AgreementMapper.applyContent(a, amended);
    a.touch(now(), caller.subject());
    changes.amended(a, request.reason().strip());
    activateIfDue(a);
    return a;
  }

  /**
   * Concludes a signed or active agreement: at or after its period's end, or earlier with a reason.
   */
  @Transactional
  public Agreement conclude(UUID id, ConclusionRequest request) {
    Agreement a = lockForWrite(id);
    a.requireConcludable();
    LocalDate today = Times.today(clock);
    activateIfDue(a); // a conclusion after the start date follows the activation, never skips it
    LocalDate on = request == null || request.concludedOn() == null ? today : request.concludedOn();
    String reason =
        request == null || request.reason() == null || request.reason().isBlank()
            ? null
            : request.reason().strip();
    if (on.isAfter(today)) {
      throw Problems.invalid("concludedOn", "must not be in the future (today is " + today + ")");
    }
    if (on.isBefore(a.periodTo) && reason == null) {
      throw Problems.invalid(
          "reason", "is required to conclude before the period ends (" + a.periodTo + ")");
    }
    a.conclude(on, reason, now(), caller.subject());
    engagements.release(id);
    changes.concluded(a, reason, on);
    return a;
  }

  /** Activates a signed agreement whose start date has come, in the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  void activateIfDue(Agreement a) {
    LocalDate today = Times.today(clock);
    if (a.isDueForActivation(today)) {
      a.activate(today, now(), AuditTrail.SYSTEM);
      changes.activated(a);
    }
  }

  /**
   * The ministry signs for KDD, a municipality for itself: by the municipality claim of a
   * development token, by its organisation number (Maskinporten's consumer), or as the party a
   * person represents in this agreement.
   */
  private void requireSignsForItself(UUID id, String partyId) {
    if (caller.hasRole(id, Roles.KDD)) {
      if (!Roles.MINISTRY_PARTY.equals(partyId)) {
        throw Problems.forbidden(
            "The ministry signs for " + Roles.MINISTRY_PARTY + " only, not for " + partyId);
      }
      return;
    }
    Set<String> own = caller.municipalities(id);
    if (own.isEmpty()) {
      caller.requireMunicipalityAmong(id, Set.of(partyId)); // refuses, saying why
    }
    if (!own.contains(partyId)) {
      throw Problems.forbidden(
          "Municipality " + String.join(", ", own) + " signs for itself only, not for " + partyId);
    }
  }

  private Agreement lockForWrite(UUID id) {
    Agreement a = em.find(Agreement.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (a == null) {
      throw Problems.notFound("Agreement", id);
    }
    return a;
  }

  private static TreeSet<String> municipalitiesOf(AgreementRequest content) {
    TreeSet<String> numbers = new TreeSet<>();
    for (PrincipalParty p : content.principalParties()) {
      if (p.kind() == PartyKind.MUNICIPALITY) {
        numbers.add(p.partyId());
      }
    }
    return numbers;
  }

  private Instant now() {
    return Times.now(clock);
  }
}
