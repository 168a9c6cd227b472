package no.bygdevekst.platform.security;

import java.util.Objects;
import java.util.UUID;

/**
 * One thing a caller may act as: a role, for a party, in one agreement or in every agreement.
 *
 * @param role one of {@link Roles}
 * @param party the kommunenummer of a municipality, the organisation number of a partner, {@link
 *     Roles#MINISTRY_PARTY} for the ministry; null for roles without a party ({@code reader})
 * @param agreementId the agreement it holds in; null: every agreement
 */
public record Grant(String role, String party, UUID agreementId) {
  public Grant {
    Objects.requireNonNull(role, "role");
  }

  /** A grant in every agreement. */
  public static Grant everywhere(String role, String party) {
    return new Grant(role, party, null);
  }

  /** Whether it holds in {@code agreement}; a null agreement asks for a grant in every one. */
  public boolean holdsIn(UUID agreement) {
    return agreementId == null || agreementId.equals(agreement);
  }
}
