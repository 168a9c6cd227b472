package no.bygdevekst.agreement.representative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.bygdevekst.agreement.agreement.Agreement;
import no.bygdevekst.agreement.api.AgreementStatus;
import no.bygdevekst.agreement.api.RepresentativeEnding;
import no.bygdevekst.agreement.api.RepresentativeRequest;
import no.bygdevekst.agreement.events.RepresentativeEvent;
import no.bygdevekst.platform.audit.AuditTrail;
import no.bygdevekst.platform.http.ETags;
import no.bygdevekst.platform.outbox.Outbox;
import no.bygdevekst.platform.problem.Problems;
import no.bygdevekst.platform.security.Caller;
import no.bygdevekst.platform.security.PersonalIdentifiers;
import no.bygdevekst.platform.security.Roles;
import no.bygdevekst.platform.time.Times;

/**
 * The commands on an agreement's register of representatives, one transaction each, under a lock on
 * the agreement's row so that two registrations of one person cannot both pass the overlap check.
 * Each change publishes an event through the outbox and is audited on the agreement.
 */
@ApplicationScoped
public class RepresentativeService {
  static final String AUDIT_TYPE = "agreement";

  private final EntityManager em;
  private final Caller caller;
  private final Administrators administrators;
  private final PersonalIdentifiers identifiers;
  private final Outbox outbox;
  private final AuditTrail audit;
  private final Clock clock;

  public RepresentativeService(
      EntityManager em,
      Caller caller,
      Administrators administrators,
      PersonalIdentifiers identifiers,
      Outbox outbox,
      AuditTrail audit,
      Clock clock) {
    this.em = em;
    this.caller = caller;
    this.administrators = administrators;
    this.identifiers = identifiers;
    this.outbox = outbox;
    this.audit = audit;
    this.clock = clock;
  }

  /** Registers a person as a party's representative (KDD, or the party's administrator). */
  @Transactional
  public Representative register(UUID agreementId, RepresentativeRequest request) {
    Agreement a = lockAgreement(agreementId);
    String partyId = request.partyId();
    String role = roleOf(a, partyId);
    boolean administrator = Boolean.TRUE.equals(request.administrator());
    administrators.requireMayManage(agreementId, partyId, administrator);
    if (a.status == AgreementStatus.CONCLUDED) {
      throw Problems.conflict("Agreement " + agreementId + " is concluded; nobody acts for it");
    }
    LocalDate today = Times.today(clock);
    LocalDate from = request.validFrom() == null ? today : request.validFrom();
    if (request.validTo() != null && request.validTo().isBefore(from)) {
      throw Problems.invalid("validTo", "must not be before validFrom (" + from + ")");
    }
    String pidHash = null;
    if (request.pid() != null) {
      pidHash =
          identifiers
              .hash(request.pid())
              .orElseThrow(
                  () ->
                      Problems.invalid(
                          "pid", "cannot be matched: this service has no key to hash it with"));
    }
    String issuer = request.issuer().strip();
    String subject = request.subject().strip();
    Optional<Representative> overlapping =
        em.createQuery(
                "from Representative r where r.agreementId = ?1 and r.partyId = ?2"
                    + " and r.issuer = ?3 and r.subject = ?4",
                Representative.class)
            .setParameter(1, agreementId)
            .setParameter(2, partyId)
            .setParameter(3, issuer)
            .setParameter(4, subject)
            .getResultStream()
            .filter(r -> r.overlaps(from, request.validTo()))
            .findFirst();
    if (overlapping.isPresent()) {
      throw Problems.conflict(
          "The person is already registered for "
              + partyId
              + " in this period (registration "
              + overlapping.get().representativeId
              + ")");
    }

    Representative r = new Representative();
    r.representativeId = UUID.randomUUID();
    r.agreementId = agreementId;
    r.version = 1;
    r.issuer = issuer;
    r.subject = subject;
    r.pidHash = pidHash;
    r.partyId = partyId;
    r.role = role;
    r.administrator = administrator;
    r.validFrom = from;
    r.validTo = request.validTo();
    r.registeredAt = Times.now(clock);
    r.registeredBy = caller.subject();
    r.updatedAt = Times.nowUtc(clock);
    em.persist(r);
    publish(r, new RepresentativeEvent.RepresentativeRegistered(registration(r)));
    audit.record("representative.registered", AUDIT_TYPE, agreementId, details(r, null));
    return r;
  }

  /** Ends a registration (KDD, or the party's administrator), {@code If-Match} its version. */
  @Transactional
  public Representative end(
      UUID agreementId, UUID representativeId, String ifMatch, RepresentativeEnding ending) {
    lockAgreement(agreementId);
    Representative r =
        em.find(Representative.class, representativeId, LockModeType.PESSIMISTIC_WRITE);
    if (r == null || !r.agreementId.equals(agreementId)) {
      throw Problems.notFound("Representative", representativeId);
    }
    ETags.requireMatch(ifMatch, r.version);
    administrators.requireMayManage(agreementId, r.partyId, r.administrator);
    if (r.endedAt != null) {
      throw Problems.conflict(
          "Registration " + representativeId + " was ended already (last day " + r.validTo + ")");
    }
    LocalDate today = Times.today(clock);
    LocalDate lastDay =
        ending == null || ending.lastDay() == null ? today.minusDays(1) : ending.lastDay();
    if (lastDay.isBefore(r.validFrom.minusDays(1))) {
      throw Problems.invalid(
          "lastDay", "must not be before the day before it started (" + r.validFrom + ")");
    }
    if (r.validTo != null && lastDay.isAfter(r.validTo)) {
      throw Problems.invalid("lastDay", "must not be after its last day (" + r.validTo + ")");
    }
    String reason =
        ending == null || ending.reason() == null || ending.reason().isBlank()
            ? null
            : ending.reason().strip();
    r.validTo = lastDay;
    r.endedAt = Times.now(clock);
    r.endedBy = caller.subject();
    r.endReason = reason;
    r.updatedAt = Times.nowUtc(clock);
    r.version++;
    publish(r, new RepresentativeEvent.RepresentativeEnded(registration(r), reason));
    audit.record("representative.ended", AUDIT_TYPE, agreementId, details(r, reason));
    return r;
  }

  /** The role a party's representative acts in: the party must be the agreement's. */
  private static String roleOf(Agreement a, String partyId) {
    if (a.municipalities().contains(partyId)) {
      return Roles.MUNICIPALITY;
    }
    if (a.partners.stream().anyMatch(p -> partyId.equals(p.organisationNumber))) {
      return Roles.PARTNER;
    }
    throw Problems.invalid(
        "partyId",
        "is neither a principal municipality nor a cooperation partner of agreement " + a.id);
  }

  private Agreement lockAgreement(UUID id) {
    Agreement a = em.find(Agreement.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (a == null) {
      throw Problems.notFound("Agreement", id);
    }
    return a;
  }

  private void publish(Representative r, RepresentativeEvent event) {
    outbox.record(r.agreementId, event.name(), RepresentativeEvent.SCHEMA_VERSION, event);
  }

  private static RepresentativeEvent.Registration registration(Representative r) {
    return new RepresentativeEvent.Registration(
        r.agreementId,
        r.representativeId,
        r.version,
        r.issuer,
        r.subject,
        r.pidHash,
        r.partyId,
        r.role,
        r.administrator,
        r.validFrom,
        r.validTo);
  }

  /** What the audit trail shows: the person by issuer and subject, never a pid or its hash. */
  private static Map<String, Object> details(Representative r, String reason) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("representativeId", r.representativeId.toString());
    details.put("version", r.version);
    details.put("issuer", r.issuer);
    details.put("subject", r.subject);
    details.put("partyId", r.partyId);
    details.put("role", r.role);
    details.put("administrator", r.administrator);
    details.put("validFrom", r.validFrom.toString());
    details.put("validTo", r.validTo == null ? null : r.validTo.toString());
    if (reason != null) {
      details.put("reason", reason);
    }
    return details;
  }
}
