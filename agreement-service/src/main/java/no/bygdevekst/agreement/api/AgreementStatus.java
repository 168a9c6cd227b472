package no.bygdevekst.agreement.api;

import java.util.Set;

/**
 * Where an agreement is in its life. The allowed transitions sit next to each state: a draft is
 * signed when the last principal party signs, becomes active from its start date, and is concluded
 * at (or, with a reason, before) the end of its period.
 */
public enum AgreementStatus {
  /** Being drafted and signed; replaceable while no party has signed. */
  DRAFT,
  /** Signed by every principal party; its period has not started. */
  SIGNED,
  /** Signed, and its period has started. */
  ACTIVE,
  /** Ended. */
  CONCLUDED;

  /** The states this one may move to. */
  public Set<AgreementStatus> next() {
    return switch (this) {
      case DRAFT -> Set.of(SIGNED);
      case SIGNED -> Set.of(ACTIVE, CONCLUDED);
      case ACTIVE -> Set.of(CONCLUDED);
      case CONCLUDED -> Set.of();
    };
  }

  public boolean canMoveTo(AgreementStatus target) {
    return next().contains(target);
  }

  /** Signed and active agreements change only by amendment. */
  public boolean isAmendable() {
    return this == SIGNED || this == ACTIVE;
  }
}
