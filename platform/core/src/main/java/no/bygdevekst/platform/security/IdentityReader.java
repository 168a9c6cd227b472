package no.bygdevekst.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Turns a verified token into a {@link CallerIdentity}, each kind of token its own way
 * (docs/security.md, "From token to roles"). It checks nothing cryptographic: Quarkus OIDC has
 * verified the token before it gets here.
 */
@ApplicationScoped
public class IdentityReader {
  private final PartyDirectory directory;
  private final PersonalIdentifiers identifiers;
  private final Map<String, String> maskinportenScopes;
  private final Clock clock;

  public IdentityReader(
      PartyDirectory directory,
      PersonalIdentifiers identifiers,
      SecurityConfig config,
      Clock clock) {
    this.directory = directory;
    this.identifiers = identifiers;
    this.maskinportenScopes =
        pairs(config.maskinportenScopes(), "bygdevekst.security.maskinporten-scopes");
    this.clock = clock;
  }

  /** Whether reading this token asks the directory, which may block (a database). */
  public boolean needsDirectory(SecurityConfig.Issuer issuer, JsonWebToken token) {
    return switch (issuer.kind()) {
      case PERSON -> true;
      case MASKINPORTEN -> scopeRoles(issuer, token).contains(Roles.MUNICIPALITY);
      case ROLE_CLAIMS -> false;
    };
  }

  public CallerIdentity read(String issuerName, SecurityConfig.Issuer issuer, JsonWebToken token) {
    return switch (issuer.kind()) {
      case ROLE_CLAIMS -> roleClaims(issuerName, issuer, token);
      case MASKINPORTEN -> maskinporten(issuerName, issuer, token);
      case PERSON -> person(issuerName, issuer, token);
    };
  }

  private CallerIdentity roleClaims(
      String issuerName, SecurityConfig.Issuer issuer, JsonWebToken token) {
    Optional<String> municipality = text(token.getClaim(issuer.municipalityClaim()));
    Optional<String> organisation = text(token.getClaim(issuer.organisationClaim()));
    Map<String, String> mapping = issuer.roles().map(r -> pairs(r, "roles")).orElse(null);
    List<Grant> grants = new ArrayList<>();
    for (String value : texts(token.getClaim(issuer.rolesClaim()))) {
      String role = mapping == null ? value : mapping.get(value);
      if (role != null) {
        grants.add(Grant.everywhere(role, partyOf(role, municipality, organisation)));
      }
    }
    return new CallerIdentity(
        TokenKind.ROLE_CLAIMS,
        issuerName,
        token.getIssuer(),
        subjectOf(token),
        organisation,
        Optional.empty(),
        Optional.empty(),
        grants);
  }

  private CallerIdentity maskinporten(
      String issuerName, SecurityConfig.Issuer issuer, JsonWebToken token) {
    Optional<String> consumer = iso6523(token.getClaim("consumer"));
    Optional<String> supplier = iso6523(token.getClaim("supplier"));
    List<Grant> grants = new ArrayList<>();
    for (String role : scopeRoles(issuer, token)) {
      switch (role) {
        case Roles.MUNICIPALITY -> {
          Set<String> numbers = consumer.map(directory::municipalitiesOf).orElse(Set.of());
          if (numbers.isEmpty()) {
            grants.add(Grant.everywhere(role, null)); // the role, but for no municipality known
          }
          numbers.forEach(n -> grants.add(Grant.everywhere(role, n)));
        }
        case Roles.PARTNER -> grants.add(Grant.everywhere(role, consumer.orElse(null)));
        default -> grants.add(Grant.everywhere(role, partyOf(role, Optional.empty(), consumer)));
      }
    }
    String clientId = text(token.getClaim("client_id")).orElse(token.getName());
    return new CallerIdentity(
        TokenKind.MASKINPORTEN,
        issuerName,
        token.getIssuer(),
        clientId == null ? "maskinporten-client" : clientId,
        consumer,
        supplier,
        Optional.empty(),
        grants);
  }

  private CallerIdentity person(
      String issuerName, SecurityConfig.Issuer issuer, JsonWebToken token) {
    Person person =
        new Person(
            token.getIssuer(),
            token.getSubject(),
            text(token.getClaim(issuer.pidClaim())).flatMap(identifiers::hash));
    LocalDate today = LocalDate.now(clock);
    List<Grant> grants =
        directory.representationsOf(person, today).stream()
            .filter(r -> r.validOn(today))
            .map(Representation::grant)
            .toList();
    return new CallerIdentity(
        TokenKind.PERSON,
        issuerName,
        token.getIssuer(),
        token.getSubject(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(person),
        grants);
  }

  private Set<String> scopeRoles(SecurityConfig.Issuer issuer, JsonWebToken token) {
    Map<String, String> mapping =
        issuer.roles().map(r -> pairs(r, "roles")).orElse(maskinportenScopes);
    Set<String> roles = new LinkedHashSet<>();
    for (String scope : texts(token.getClaim("scope"))) {
      String role = mapping.get(scope);
      if (role != null) {
        roles.add(role);
      }
    }
    return roles;
  }

  private static String partyOf(
      String role, Optional<String> municipality, Optional<String> organisation) {
    return switch (role) {
      case Roles.KDD -> Roles.MINISTRY_PARTY;
      case Roles.MUNICIPALITY -> municipality.orElse(null);
      case Roles.PARTNER -> organisation.orElse(null);
      default -> null;
    };
  }

  private static String subjectOf(JsonWebToken token) {
    return token.getSubject() != null ? token.getSubject() : token.getName();
  }

  /** {@code {"authority": "iso6523-actorid-upis", "ID": "0192:943505527"}} to the number. */
  private static Optional<String> iso6523(Object claim) {
    if (claim instanceof JsonObject object && object.get("ID") instanceof JsonString id) {
      return OrganisationNumbers.fromIso6523(id.getString());
    }
    if (claim instanceof Map<?, ?> map && map.get("ID") != null) {
      return OrganisationNumbers.fromIso6523(map.get("ID").toString());
    }
    return Optional.empty();
  }

  private static Optional<String> text(Object claim) {
    if (claim instanceof JsonString s) {
      return Optional.of(s.getString());
    }
    if (claim instanceof String s && !s.isBlank()) {
      return Optional.of(s);
    }
    return Optional.empty();
  }

  /** A claim of several values: a JSON array, or one space-separated string ({@code scope}). */
  private static List<String> texts(Object claim) {
    List<String> values = new ArrayList<>();
    if (claim instanceof JsonArray array) {
      for (JsonValue v : array) {
        if (v instanceof JsonString s) {
          values.add(s.getString());
        }
      }
    } else if (claim instanceof Collection<?> collection) {
      collection.forEach(v -> values.add(v instanceof JsonString s ? s.getString() : v.toString()));
    } else {
      text(claim).ifPresent(s -> values.addAll(List.of(s.strip().split("\\s+"))));
    }
    return values;
  }

  /** {@code a=b} pairs; the last {@code =} separates, since scopes hold colons but no '='. */
  static Map<String, String> pairs(List<String> entries, String setting) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String entry : entries) {
      int eq = entry.lastIndexOf('=');
      if (eq <= 0 || eq == entry.length() - 1) {
        throw new IllegalStateException(setting + ": '" + entry + "' is not value=role");
      }
      map.put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
    }
    return map;
  }
}
