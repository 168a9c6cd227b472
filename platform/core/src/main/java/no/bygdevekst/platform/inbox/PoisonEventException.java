package no.bygdevekst.platform.inbox;

/**
 * A message that can never be handled as it is: unparseable, of an unknown type or schema version,
 * or failing validation. It goes to the dead-letter topic with this message as the reason, and the
 * consumer goes on with the next one.
 */
public class PoisonEventException extends RuntimeException {
  public PoisonEventException(String reason) {
    super(reason);
  }

  public PoisonEventException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
