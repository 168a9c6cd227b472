package no.bygdevekst.agreement.agreement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.agreement.api.AgreementStatus;
import no.bygdevekst.platform.time.Times;
import org.jboss.logging.Logger;

/**
 * Makes signed agreements active in the database when their start date comes, exactly once each: at
 * start-up and every minute (and the last signature, an amendment or a conclusion activates a due
 * agreement in its own transaction). Reads write nothing: they show a due agreement active until
 * this writes it ({@link AgreementQueries}). Each activation locks the agreement's row and checks
 * again, so the job and the commands can race without publishing AgreementActivated twice.
 */
@ApplicationScoped
public class AgreementActivation {
  private static final Logger LOG = Logger.getLogger(AgreementActivation.class);

  private final EntityManager em;
  private final AgreementService service;
  private final Clock clock;

  public AgreementActivation(EntityManager em, AgreementService service, Clock clock) {
    this.em = em;
    this.service = service;
    this.clock = clock;
  }

  /**
   * Activates the agreement in a transaction of its own if it is due.
   *
   * @return whether this call activated it
   */
  public boolean activateIfDue(UUID id) {
    LocalDate today = Times.today(clock);
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<UUID> due =
                  em.createQuery(
                          "select a.id from Agreement a where a.id = :id"
                              + " and a.status = :signed and a.periodFrom <= :today",
                          UUID.class)
                      .setParameter("id", id)
                      .setParameter("signed", AgreementStatus.SIGNED)
                      .setParameter("today", today)
                      .getResultList();
              if (due.isEmpty()) {
                return false; // the common case: nothing to do, and no lock taken
              }
              Agreement a = em.find(Agreement.class, id, LockModeType.PESSIMISTIC_WRITE);
              if (!a.isDueForActivation(today)) {
                return false; // another transaction activated it while this one waited
              }
              service.activateIfDue(a);
              return true;
            });
  }

  /**
   * Activates every signed agreement whose start date has come.
   *
   * @return how many this call activated
   */
  public int activateDue() {
    LocalDate today = Times.today(clock);
    List<UUID> due =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    em.createQuery(
                            "select a.id from Agreement a"
                                + " where a.status = :signed and a.periodFrom <= :today",
                            UUID.class)
                        .setParameter("signed", AgreementStatus.SIGNED)
                        .setParameter("today", today)
                        .getResultList());
    int activated = 0;
    for (UUID id : due) {
      if (activateIfDue(id)) {
        activated++;
      }
    }
    return activated;
  }

  @Scheduled(
      identity = "agreement-activation",
      every = "{agreement.activation.every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void everyInterval() {
    try {
      int activated = activateDue();
      if (activated > 0) {
        LOG.infof("Activated %d agreement(s) whose start date has come", activated);
      }
    } catch (RuntimeException e) {
      LOG.warn("Activating due agreements failed; the next run tries again", e);
    }
  }

  void atStart(@Observes StartupEvent event) {
    everyInterval();
  }
}
