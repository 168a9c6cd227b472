package no.bygdevekst.platform.openapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * One bearer requirement for the whole API, which client generators apply to every operation; the
 * public operations opt out with an empty requirement. Quarkus writes the roles of
 * {@code @RolesAllowed} into each operation's requirement, where OpenAPI expects OAuth2 scopes:
 * they move to the operation's description instead.
 */
final class SecurityRequirements {
  static final String SCHEME = "bearer";

  private SecurityRequirements() {}

  static void apply(Operation operation) {
    List<SecurityRequirement> requirements = operation.getSecurity();
    if (requirements == null || requirements.isEmpty()) {
      operation.setSecurity(new ArrayList<>());
      operation.setDescription(append(operation.getDescription(), "Public: no token needed."));
      return;
    }
    TreeSet<String> roles = new TreeSet<>();
    for (SecurityRequirement requirement : requirements) {
      if (requirement.getSchemes() != null) {
        requirement.getSchemes().values().stream().flatMap(Collection::stream).forEach(roles::add);
      }
    }
    operation.setSecurity(null);
    operation.setDescription(
        append(
            operation.getDescription(),
            roles.isEmpty()
                ? "Needs a bearer token of any role."
                : (roles.size() == 1
                        ? "Needs a bearer token with the role "
                        : "Needs a bearer token with one of the roles ")
                    + String.join(", ", roles)
                    + "."));
  }

  static void requireBearerByDefault(OpenAPI openAPI) {
    openAPI.setSecurity(
        List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME, List.of())));
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    Map<String, SecurityScheme> schemes = openAPI.getComponents().getSecuritySchemes();
    if (schemes == null || !schemes.containsKey(SCHEME)) {
      openAPI
          .getComponents()
          .addSecurityScheme(
              SCHEME,
              OASFactory.createSecurityScheme()
                  .type(SecurityScheme.Type.HTTP)
                  .scheme("bearer")
                  .bearerFormat("JWT")
                  .description("A JWT access token (docs/architecture.md, Security)"));
    }
  }

  private static String append(String description, String sentence) {
    if (description == null || description.isBlank()) {
      return sentence;
    }
    return description.strip() + (description.strip().endsWith(".") ? " " : ". ") + sentence;
  }
}
