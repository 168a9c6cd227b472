package no.bygdevekst.platform.testing.issuer;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.Map;
import java.util.UUID;

/** The claims of the real issuers' access tokens (Digdir's documentation of each). */
public final class TokenShapes {
  /** How Maskinporten names the scheme of an organisation number in {@code consumer}. */
  public static final String ISO6523 = "iso6523-actorid-upis";

  private TokenShapes() {}

  static JwtClaimsBuilder maskinporten(String audience, String scope, String consumer) {
    long now = System.currentTimeMillis() / 1000;
    return Jwt.claims()
        .audience(audience)
        .claim("scope", scope)
        .claim("client_amr", "private_key_jwt")
        .claim("token_type", "Bearer")
        .claim("client_id", "client-" + consumer)
        .claim("consumer", organisation(consumer))
        .issuedAt(now)
        .expiresAt(now + 120)
        .claim("jti", UUID.randomUUID().toString());
  }

  /** Adds a {@code supplier}: the vendor that fetched the token for the consumer. */
  public static JwtClaimsBuilder supplier(JwtClaimsBuilder claims, String organisationNumber) {
    return claims.claim("supplier", organisation(organisationNumber));
  }

  static JwtClaimsBuilder person(String audience, String subject, String pid) {
    long now = System.currentTimeMillis() / 1000;
    JwtClaimsBuilder claims =
        Jwt.claims()
            .subject(subject)
            .audience(audience)
            .claim("acr", "idporten-loa-high")
            .claim("amr", java.util.List.of("BankID"))
            .claim("client_id", "bygdevekst-portal")
            .claim("client_amr", "private_key_jwt")
            .claim("scope", "openid")
            .issuedAt(now)
            .expiresAt(now + 600)
            .claim("jti", UUID.randomUUID().toString());
    if (pid != null) {
      claims.claim("pid", pid);
    }
    return claims;
  }

  private static Map<String, String> organisation(String number) {
    return Map.of("authority", ISO6523, "ID", "0192:" + number);
  }
}
