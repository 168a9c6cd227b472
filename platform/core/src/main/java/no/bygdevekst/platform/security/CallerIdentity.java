package no.bygdevekst.platform.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who a verified token says the caller is, and what the caller may act as: read once per request
 * from the token and the service's {@link PartyDirectory} ({@link IdentityReader}) and kept on the
 * security identity. {@link Caller} answers every question from it.
 *
 * @param kind the kind of token
 * @param issuerName the configured name of the issuer ({@code bygdevekst.security.issuers.<name>})
 * @param issuer the token's {@code iss}
 * @param subject who acted, for the audit trail and {@code changedBy}: {@code sub}, or a
 *     Maskinporten token's {@code client_id}; never a personal identity number
 * @param organisation the organisation number the caller acts for: a Maskinporten token's {@code
 *     consumer}, or the organisation claim of role claims
 * @param supplier the organisation number of a vendor acting for the consumer (Maskinporten)
 * @param person the person, for a person's token
 * @param grants what the caller may act as
 */
public record CallerIdentity(
    TokenKind kind,
    String issuerName,
    String issuer,
    String subject,
    Optional<String> organisation,
    Optional<String> supplier,
    Optional<Person> person,
    List<Grant> grants) {

  /** The attribute of the security identity that holds it. */
  public static final String ATTRIBUTE = "bygdevekst.caller";

  public CallerIdentity {
    organisation = organisation == null ? Optional.empty() : organisation;
    supplier = supplier == null ? Optional.empty() : supplier;
    person = person == null ? Optional.empty() : person;
    grants = List.copyOf(grants);
  }

  /** Every role of every grant: what {@code @RolesAllowed} sees. */
  public Set<String> roles() {
    Set<String> roles = new LinkedHashSet<>();
    grants.forEach(g -> roles.add(g.role()));
    return roles;
  }
}
