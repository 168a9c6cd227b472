package no.bygdevekst.evaluation.events;

import java.util.UUID;
import no.bygdevekst.platform.events.EventEnvelope;
import no.bygdevekst.platform.inbox.PoisonEventException;

/** Checks that an event's data is about the agreement its envelope names. */
final class Subjects {
  private Subjects() {}

  static void require(EventEnvelope envelope, UUID agreementId) {
    if (!agreementId.toString().equals(envelope.subject())) {
      throw new PoisonEventException(
          "Event "
              + envelope.id()
              + " has subject "
              + envelope.subject()
              + " but its data is about agreement "
              + agreementId);
    }
  }
}
