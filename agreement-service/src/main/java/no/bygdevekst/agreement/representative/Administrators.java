package no.bygdevekst.agreement.representative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.bygdevekst.platform.problem.Problems;
import no.bygdevekst.platform.security.Caller;
import no.bygdevekst.platform.security.Person;
import no.bygdevekst.platform.security.Roles;
import no.bygdevekst.platform.time.Times;

/**
 * Who may change a party's registrations: KDD any party's, a party's appointed administrator (a
 * person registered for the party with {@code administrator}) its colleagues', never another
 * administrator's. A system's token (Maskinporten) manages no one: the register is about people.
 */
@ApplicationScoped
public class Administrators {
  private final EntityManager em;
  private final Caller caller;
  private final Clock clock;

  public Administrators(EntityManager em, Caller caller, Clock clock) {
    this.em = em;
    this.caller = caller;
    this.clock = clock;
  }

  /** Refuses (403) unless the caller may register or end {@code partyId}'s representative. */
  public void requireMayManage(UUID agreementId, String partyId, boolean administrator) {
    if (caller.hasRole(agreementId, Roles.KDD)) {
      return;
    }
    Person person =
        caller
            .person()
            .orElseThrow(
                () ->
                    Problems.forbidden(
                        "Only KDD or the party's appointed administrator manages its"
                            + " representatives"));
    if (administrator) {
      throw Problems.forbidden("Only KDD appoints and ends a party's administrators");
    }
    if (!administers(agreementId, partyId, person, Times.today(clock))) {
      throw Problems.forbidden(
          "You are not an administrator of " + partyId + " in agreement " + agreementId);
    }
  }

  private boolean administers(UUID agreementId, String partyId, Person person, LocalDate day) {
    return em.createQuery(
            "from Representative r where r.agreementId = ?1 and r.partyId = ?2"
                + " and r.administrator = true and r.issuer = ?3 and r.subject = ?4",
            Representative.class)
        .setParameter(1, agreementId)
        .setParameter(2, partyId)
        .setParameter(3, person.issuer())
        .setParameter(4, person.subject())
        .getResultStream()
        .anyMatch(r -> r.validOn(day));
  }
}
