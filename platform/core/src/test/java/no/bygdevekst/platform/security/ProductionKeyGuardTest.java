package no.bygdevekst.platform.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductionKeyGuardTest {
  static final String JWKS = "https://idp.example/jwks";

  /** An issuer's settings as the configuration would give them. */
  record Settings(
      Optional<String> issuer,
      TokenKind kind,
      Optional<String> jwksUrl,
      Optional<String> publicKeyLocation,
      Optional<List<String>> audience)
      implements SecurityConfig.Issuer {
    static Settings jwks(String issuer, TokenKind kind, String audience) {
      return new Settings(
          Optional.ofNullable(issuer),
          kind,
          Optional.of(JWKS),
          Optional.empty(),
          Optional.ofNullable(audience).map(List::of));
    }

    static Settings key(String issuer, String location) {
      return new Settings(
          Optional.of(issuer),
          TokenKind.ROLE_CLAIMS,
          Optional.empty(),
          Optional.of(location),
          Optional.empty());
    }

    @Override
    public Optional<List<String>> roles() {
      return Optional.empty();
    }

    @Override
    public String rolesClaim() {
      return "groups";
    }

    @Override
    public String municipalityClaim() {
      return "municipality";
    }

    @Override
    public String organisationClaim() {
      return "org";
    }

    @Override
    public String pidClaim() {
      return "pid";
    }

    @Override
    public Duration jwksRefreshInterval() {
      return Duration.ofMinutes(1);
    }

    @Override
    public Duration clockSkew() {
      return Duration.ofSeconds(30);
    }
  }

  static void refused(String message, Map<String, SecurityConfig.Issuer> issuers) {
    var e = assertThrows(IllegalStateException.class, () -> ProductionKeyGuard.verify(issuers));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void refusesTheDevelopmentKeyAndIssuer() throws Exception {
    String devKey =
        new String(
            getClass()
                .getClassLoader()
                .getResourceAsStream(ProductionKeyGuard.DEV_KEY)
                .readAllBytes());
    Path copy = Files.createTempFile("copied-dev-key", ".pem");
    Files.writeString(copy, devKey);
    refused(
        "development signing key",
        Map.of("copy", Settings.key("https://idp.example", copy.toString())));
    refused(
        "development signing key",
        Map.of("dev", Settings.key("https://idp.example", ProductionKeyGuard.DEV_KEY)));
    refused(
        "development token issuer",
        Map.of("dev", Settings.jwks(ProductionKeyGuard.DEV_ISSUER, TokenKind.ROLE_CLAIMS, null)));
  }

  @Test
  void refusesNoIssuerAtAllAndAPersonIssuerWithoutAudience() {
    refused("at least one token issuer", Map.of());
    refused(
        "at least one token issuer",
        Map.of("maskinporten", Settings.jwks(null, TokenKind.MASKINPORTEN, null)));
    refused(
        "set its audience",
        Map.of("idporten", Settings.jwks("https://idporten.no", TokenKind.PERSON, null)));
    refused(
        "needs a JWKS URL",
        Map.of(
            "entra",
            new Settings(
                Optional.of("https://login.example/v2.0"),
                TokenKind.PERSON,
                Optional.empty(),
                Optional.empty(),
                Optional.of(List.of("api://bygdevekst")))));
  }

  @Test
  void acceptsTheRealIssuers() {
    assertDoesNotThrow(
        () ->
            ProductionKeyGuard.verify(
                Map.of(
                    "maskinporten",
                    Settings.jwks("https://maskinporten.no/", TokenKind.MASKINPORTEN, null),
                    "idporten",
                    Settings.jwks(
                        "https://idporten.no", TokenKind.PERSON, "https://bygdevekst.no/api"),
                    "entra",
                    Settings.jwks(null, TokenKind.PERSON, null))));
  }
}
