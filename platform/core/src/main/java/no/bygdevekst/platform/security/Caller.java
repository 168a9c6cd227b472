package no.bygdevekst.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import no.bygdevekst.platform.problem.Problems;

/**
 * Who is calling and what they may do: every role check of every service goes through here, so that
 * a development token, a Maskinporten token and a person's token pass the same checks. The answers
 * come from the {@link CallerIdentity} read at authentication ({@link CallerAugmentor}).
 *
 * <pre>{@code
 * caller.requireMunicipalityAmong(agreementId, agreement.municipalityNumbers());
 * caller.requirePartnerAmong(agreementId, subGoal.partnerOrgs());
 * }</pre>
 *
 * <p>A check with an agreement id counts the grants in that agreement and those in every agreement;
 * a check without one counts only grants in every agreement. A person's representations hold per
 * agreement, so they pass only the checks that name the agreement.
 */
@RequestScoped
public class Caller {
  static final String ANONYMOUS = "anonymous";

  private final SecurityIdentity identity;

  @Inject
  public Caller(SecurityIdentity identity) {
    this.identity = identity;
  }

  /** The caller as the token and the directory say; empty on public endpoints. */
  public Optional<CallerIdentity> identity() {
    if (identity == null || identity.isAnonymous()) {
      return Optional.empty();
    }
    return Optional.ofNullable(identity.getAttribute(CallerIdentity.ATTRIBUTE));
  }

  public boolean authenticated() {
    return identity().isPresent();
  }

  /** Who acted, for the audit trail: the token's subject or client, or {@code anonymous}. */
  public String subject() {
    return identity().map(CallerIdentity::subject).orElse(ANONYMOUS);
  }

  public Optional<TokenKind> kind() {
    return identity().map(CallerIdentity::kind);
  }

  /** The token's issuer ({@code iss}). */
  public Optional<String> issuer() {
    return identity().map(CallerIdentity::issuer);
  }

  public List<Grant> grants() {
    return identity().map(CallerIdentity::grants).orElse(List.of());
  }

  /** The roles the caller holds in at least one agreement (what {@code @RolesAllowed} sees). */
  public Set<String> roles() {
    return identity().map(CallerIdentity::roles).orElse(Set.of());
  }

  /** Whether the caller holds {@code role} in every agreement (the ministry, a reader). */
  public boolean hasRole(String role) {
    return hasRole(null, role);
  }

  /** Whether the caller holds {@code role} in this agreement. */
  public boolean hasRole(UUID agreementId, String role) {
    return grants().stream().anyMatch(g -> g.role().equals(role) && g.holdsIn(agreementId));
  }

  /** The one role that describes the caller best, for the audit trail. */
  public String primaryRole() {
    Set<String> roles = roles();
    for (String role : new String[] {Roles.KDD, Roles.MUNICIPALITY, Roles.PARTNER, Roles.READER}) {
      if (roles.contains(role)) {
        return role;
      }
    }
    return null;
  }

  /** The caller's kommunenummer, when it acts for exactly one municipality in every agreement. */
  public Optional<String> municipality() {
    Set<String> numbers = parties(null, Roles.MUNICIPALITY);
    return numbers.size() == 1 ? Optional.of(numbers.iterator().next()) : Optional.empty();
  }

  /**
   * The kommunenumre the caller acts for in this agreement (null: in every agreement); empty when
   * it acts for none.
   */
  public Set<String> municipalities(UUID agreementId) {
    return parties(agreementId, Roles.MUNICIPALITY);
  }

  /** The organisation number the caller acts for (Maskinporten's {@code consumer}). */
  public Optional<String> organisation() {
    Optional<String> own = identity().flatMap(CallerIdentity::organisation);
    if (own.isPresent()) {
      return own;
    }
    Set<String> orgs = parties(null, Roles.PARTNER);
    return orgs.size() == 1 ? Optional.of(orgs.iterator().next()) : Optional.empty();
  }

  /** The vendor acting for the organisation (Maskinporten's {@code supplier}). */
  public Optional<String> supplier() {
    return identity().flatMap(CallerIdentity::supplier);
  }

  /** The person, for a person's token. */
  public Optional<Person> person() {
    return identity().flatMap(CallerIdentity::person);
  }

  /**
   * Refuses (403) unless the caller acts, in every agreement, for a municipality among {@code
   * numbers}.
   *
   * @return the caller's kommunenummer
   */
  public String requireMunicipalityAmong(Collection<String> numbers) {
    return requireMunicipalityAmong(null, numbers);
  }

  /**
   * Refuses (403) unless the caller acts, in this agreement, for a municipality among {@code
   * numbers}, such as its principal parties.
   *
   * @return the caller's kommunenummer
   */
  public String requireMunicipalityAmong(UUID agreementId, Collection<String> numbers) {
    return requirePartyAmong(
        agreementId, Roles.MUNICIPALITY, numbers, "Municipality %s is not a principal party here");
  }

  /**
   * Refuses (403) unless the caller acts, in every agreement, for a partner whose organisation
   * number is among {@code orgs}.
   *
   * @return the caller's organisation number
   */
  public String requirePartnerAmong(Collection<String> orgs) {
    return requirePartnerAmong(null, orgs);
  }

  /**
   * Refuses (403) unless the caller acts, in this agreement, for a partner whose organisation
   * number is among {@code orgs}, such as the partners of a sub-goal.
   *
   * @return the caller's organisation number
   */
  public String requirePartnerAmong(UUID agreementId, Collection<String> orgs) {
    return requirePartyAmong(
        agreementId, Roles.PARTNER, orgs, "Organisation %s is not a partner here");
  }

  /** Refuses (403) unless the caller has one of {@code roles} in every agreement. */
  public void requireAnyRole(String... roles) {
    requireAnyRole(null, roles);
  }

  /** Refuses (403) unless the caller has one of {@code roles} in this agreement. */
  public void requireAnyRole(UUID agreementId, String... roles) {
    for (String role : roles) {
      if (hasRole(agreementId, role)) {
        return;
      }
    }
    throw Problems.forbidden(
        "This needs one of the roles "
            + String.join(", ", roles)
            + (agreementId == null ? "" : " in agreement " + agreementId));
  }

  private String requirePartyAmong(
      UUID agreementId, String role, Collection<String> allowed, String refusal) {
    List<Grant> held =
        grants().stream().filter(g -> g.role().equals(role) && g.holdsIn(agreementId)).toList();
    if (held.isEmpty()) {
      throw Problems.forbidden(
          roles().contains(role)
              ? "Your " + role + " role holds in other agreements only" + where(agreementId)
              : "Only a "
                  + (role.equals(Roles.PARTNER) ? "cooperation partner" : role)
                  + " may do this");
    }
    Set<String> parties = parties(agreementId, role);
    if (parties.isEmpty()) {
      throw Problems.forbidden(unnamedParty(role));
    }
    for (String party : parties) {
      if (allowed.contains(party)) {
        return party;
      }
    }
    throw Problems.forbidden(refusal.formatted(String.join(", ", parties)) + where(agreementId));
  }

  private String unnamedParty(String role) {
    Optional<String> org = identity().flatMap(CallerIdentity::organisation);
    if (role.equals(Roles.MUNICIPALITY) && org.isPresent()) {
      return "Organisation " + org.get() + " is not known here as a municipality";
    }
    return kind().orElse(null) == TokenKind.MASKINPORTEN
        ? "The token names no organisation (claim 'consumer')"
        : role.equals(Roles.MUNICIPALITY)
            ? "The token names no municipality (claim 'municipality')"
            : "The token names no organisation (claim 'org')";
  }

  private Set<String> parties(UUID agreementId, String role) {
    return grants().stream()
        .filter(g -> g.role().equals(role) && g.holdsIn(agreementId) && g.party() != null)
        .map(Grant::party)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String where(UUID agreementId) {
    return agreementId == null ? "" : " (agreement " + agreementId + ")";
  }

  @Override
  public String toString() {
    return "Caller[" + subject() + " " + Arrays.toString(roles().toArray()) + "]";
  }
}
