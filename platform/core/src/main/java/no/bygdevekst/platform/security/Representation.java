package no.bygdevekst.platform.security;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * That a person acts for a party, in a role, over a period: one row of an agreement's register of
 * representatives as a service knows it from its read model.
 *
 * @param agreementId the agreement; null for a representation in every agreement (the ministry's
 *     case officers, a national role)
 * @param party the kommunenummer of a municipality, the organisation number of a partner, or {@link
 *     Roles#MINISTRY_PARTY}
 * @param role one of {@link Roles}
 * @param from the first day it holds
 * @param to the last day it holds; null while it has not ended
 */
public record Representation(
    UUID agreementId, String party, String role, LocalDate from, LocalDate to) {
  public Representation {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(from, "from");
  }

  public boolean validOn(LocalDate day) {
    return !day.isBefore(from) && (to == null || !day.isAfter(to));
  }

  public Grant grant() {
    return new Grant(role, party, agreementId);
  }
}
