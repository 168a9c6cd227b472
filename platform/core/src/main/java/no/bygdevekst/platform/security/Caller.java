package no.bygdevekst.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import no.bygdevekst.platform.problem.Problems;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the verified bearer token, and one-line checks of what the caller may do.
 *
 * <pre>{@code
 * caller.requireMunicipalityAmong(agreement.municipalityNumbers());
 * caller.requirePartnerAmong(subGoal.partnerOrgs());
 * }</pre>
 */
@RequestScoped
public class Caller {
  private final JsonWebToken token;

  @Inject
  public Caller(JsonWebToken token) {
    this.token = token;
  }

  public boolean authenticated() {
    return token != null && token.getRawToken() != null;
  }

  /** The token's subject, or {@code anonymous} on public endpoints. */
  public String subject() {
    if (!authenticated()) {
      return "anonymous";
    }
    String subject = token.getSubject();
    return subject != null ? subject : token.getName();
  }

  public Set<String> roles() {
    return authenticated() ? token.getGroups() : Set.of();
  }

  public boolean hasRole(String role) {
    return roles().contains(role);
  }

  /** The one role that describes the caller best, for the audit trail. */
  public String primaryRole() {
    for (String role : new String[] {Roles.KDD, Roles.MUNICIPALITY, Roles.PARTNER, Roles.READER}) {
      if (hasRole(role)) {
        return role;
      }
    }
    return null;
  }

  /** The caller's kommunenummer, for the municipality role. */
  public Optional<String> municipality() {
    return claim("municipality");
  }

  /** The caller's organisation number, for the partner role. */
  public Optional<String> organisation() {
    return claim("org");
  }

  /**
   * Refuses (403) unless the caller is a municipality whose number is among {@code numbers}, such
   * as the principal parties of an agreement.
   *
   * @return the caller's kommunenummer
   */
  public String requireMunicipalityAmong(Collection<String> numbers) {
    if (!hasRole(Roles.MUNICIPALITY)) {
      throw Problems.forbidden("Only a municipality may do this");
    }
    String number =
        municipality()
            .orElseThrow(
                () -> Problems.forbidden("The token names no municipality (claim 'municipality')"));
    if (!numbers.contains(number)) {
      throw Problems.forbidden("Municipality " + number + " is not a principal party here");
    }
    return number;
  }

  /**
   * Refuses (403) unless the caller is a partner whose organisation number is among {@code orgs},
   * such as the partners of a sub-goal.
   *
   * @return the caller's organisation number
   */
  public String requirePartnerAmong(Collection<String> orgs) {
    if (!hasRole(Roles.PARTNER)) {
      throw Problems.forbidden("Only a cooperation partner may do this");
    }
    String org =
        organisation()
            .orElseThrow(() -> Problems.forbidden("The token names no organisation (claim 'org')"));
    if (!orgs.contains(org)) {
      throw Problems.forbidden("Organisation " + org + " is not a partner here");
    }
    return org;
  }

  /** Refuses (403) unless the caller has one of {@code roles}. */
  public void requireAnyRole(String... roles) {
    for (String role : roles) {
      if (hasRole(role)) {
        return;
      }
    }
    throw Problems.forbidden("This needs one of the roles " + String.join(", ", roles));
  }

  private Optional<String> claim(String name) {
    if (!authenticated()) {
      return Optional.empty();
    }
    Object value = token.getClaim(name);
    if (value == null) {
      return Optional.empty();
    }
    String text = value.toString();
    if (text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1);
    }
    return Optional.of(text);
  }
}
