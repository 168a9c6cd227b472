package no.bygdevekst.funding.grant;

/**
 * The life of a grant: {@code OPEN} from the award, where it may be added to, allocated and paid
 * out; {@code CLOSED} after the final disbursement, after which nothing moves.
 */
public enum GrantStatus {
  OPEN,
  CLOSED;

  public boolean canTransitionTo(GrantStatus next) {
    return this == OPEN && next == CLOSED;
  }
}
