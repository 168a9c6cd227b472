package no.bygdevekst.evaluation.agreement;

/** An agreement's status as the agreement service publishes it. */
public enum AgreementStatus {
  DRAFT,
  SIGNED,
  ACTIVE,
  CONCLUDED;

  /** Whether the public may see what is published about the agreement. */
  public boolean isPublic() {
    return this == ACTIVE || this == CONCLUDED;
  }
}
