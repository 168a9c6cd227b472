package no.bygdevekst.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issuers are configured by environment variables, as an operator sets them. */
class SecurityConfigTest {

  static SecurityConfig config(Map<String, String> env) {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .addDefaultInterceptors()
            .withMapping(SecurityConfig.class)
            .withSources(
                new PropertiesConfigSource(
                    Map.of(
                        "bygdevekst.security.issuers.maskinporten.kind", "maskinporten",
                        "bygdevekst.security.issuers.maskinporten.issuer",
                            "${BYGDEVEKST_MASKINPORTEN_ISSUER:}",
                        "bygdevekst.security.maskinporten-scopes", "kdd:bygdevekst.read=reader"),
                    "platform",
                    100))
            .withSources(new EnvConfigSource(env, 300))
            .build();
    return config.getConfigMapping(SecurityConfig.class);
  }

  @Test
  void aNamedIssuerIsSwitchedOnAndTunedByEnvironmentVariables() {
    SecurityConfig config =
        config(
            Map.of(
                "BYGDEVEKST_MASKINPORTEN_ISSUER", "https://maskinporten.no/",
                "BYGDEVEKST_SECURITY_ISSUERS_MASKINPORTEN_ROLES", "kdd:other.scope=reader",
                "BYGDEVEKST_SECURITY_ISSUERS_MASKINPORTEN_JWKS_REFRESH_INTERVAL", "PT5M"));
    SecurityConfig.Issuer issuer = config.issuers().get("maskinporten");
    assertEquals("https://maskinporten.no/", issuer.issuer().orElseThrow());
    assertEquals(List.of("kdd:other.scope=reader"), issuer.roles().orElseThrow());
    assertEquals(Duration.ofMinutes(5), issuer.jwksRefreshInterval());
    assertEquals(TokenKind.MASKINPORTEN, issuer.kind());
  }

  @Test
  void anIssuerOfAnotherNameComesFromEnvironmentVariablesAlone() {
    SecurityConfig config =
        config(
            Map.of(
                "BYGDEVEKST_SECURITY_ISSUERS_PARTNERIDP_KIND", "role-claims",
                "BYGDEVEKST_SECURITY_ISSUERS_PARTNERIDP_ISSUER", "https://idp.partner.example",
                "BYGDEVEKST_SECURITY_ISSUERS_PARTNERIDP_JWKS_URL",
                    "https://idp.partner.example/jwks",
                "BYGDEVEKST_SECURITY_ISSUERS_PARTNERIDP_ROLES_CLAIM", "roles"));
    assertTrue(config.issuers().containsKey("partneridp"), config.issuers().keySet().toString());
    SecurityConfig.Issuer issuer = config.issuers().get("partneridp");
    assertEquals(TokenKind.ROLE_CLAIMS, issuer.kind());
    assertEquals("roles", issuer.rolesClaim());
    assertTrue(config.issuers().get("maskinporten").issuer().isEmpty(), "off without its issuer");
  }
}
