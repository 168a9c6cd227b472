package no.bygdevekst.platform.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Refuses to start in the prod profile without a trusted issuer, or with the development issuer or
 * signing key, so that a token minted on a laptop is never accepted in production; and refuses a
 * person issuer without an audience, which would accept tokens the identity provider issued for any
 * other service.
 */
@Singleton
public class ProductionKeyGuard {
  static final String DEV_KEY = "bygdevekst/dev/jwt-public-key.pem";
  static final String DEV_ISSUER = "https://bygdevekst.local/dev";

  void check(@Observes StartupEvent event, SecurityConfig config) {
    if (LaunchMode.current() != LaunchMode.NORMAL || !ConfigUtils.getProfiles().contains("prod")) {
      return;
    }
    verify(config.issuers());
  }

  static void verify(Map<String, SecurityConfig.Issuer> issuers) {
    List<String> enabled = new ArrayList<>();
    String devKey = PublicKeys.normalise(PublicKeys.pem(DEV_KEY));
    issuers.forEach(
        (name, issuer) -> {
          if (issuer.issuer().isEmpty()) {
            return;
          }
          enabled.add(name);
          if (DEV_ISSUER.equals(issuer.issuer().get())) {
            throw new IllegalStateException(
                "The prod profile refuses the development token issuer (issuer " + name + ")");
          }
          issuer
              .publicKeyLocation()
              .ifPresent(
                  location -> {
                    if (location.endsWith(DEV_KEY)
                        || PublicKeys.normalise(PublicKeys.pem(location)).equals(devKey)) {
                      throw new IllegalStateException(
                          "The prod profile refuses the development signing key (issuer "
                              + name
                              + ")");
                    }
                  });
          if (issuer.publicKeyLocation().isEmpty() && issuer.jwksUrl().isEmpty()) {
            throw new IllegalStateException(
                "Issuer " + name + " needs a JWKS URL (BYGDEVEKST_<NAME>_JWKS_URL)");
          }
          if (issuer.kind() == TokenKind.PERSON && issuer.audience().isEmpty()) {
            throw new IllegalStateException(
                "Issuer "
                    + name
                    + " issues people's tokens: set its audience (BYGDEVEKST_<NAME>_AUDIENCE),"
                    + " or tokens issued for any other service would be accepted");
          }
        });
    if (enabled.isEmpty()) {
      throw new IllegalStateException(
          "The prod profile needs at least one token issuer: set BYGDEVEKST_MASKINPORTEN_ISSUER,"
              + " BYGDEVEKST_IDPORTEN_ISSUER or BYGDEVEKST_ENTRA_ISSUER (docs/security.md)");
    }
  }
}
