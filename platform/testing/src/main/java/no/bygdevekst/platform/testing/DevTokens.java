package no.bygdevekst.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Mints bearer tokens signed with the development key, for tests and the local stack. The services
 * accept this key only outside the prod profile.
 *
 * <p>Run {@code main} to write one token per role to a file (see {@link #main}).
 */
public final class DevTokens {
  /** The issuer that the services expect outside the prod profile. */
  public static final String ISSUER = "https://bygdevekst.local/dev";

  private static final PrivateKey KEY = loadKey();

  private DevTokens() {}

  /** A token for the ministry. */
  public static String kdd() {
    return token("kdd-saksbehandler", "kdd", null, null, Duration.ofHours(12));
  }

  /** A token for a municipality, by kommunenummer. */
  public static String municipality(String kommunenummer) {
    return token(
        "kommune-" + kommunenummer, "municipality", kommunenummer, null, Duration.ofHours(12));
  }

  /** A token for a cooperation partner, by organisation number. */
  public static String partner(String organisationNumber) {
    return token(
        "partner-" + organisationNumber, "partner", null, organisationNumber, Duration.ofHours(12));
  }

  /** A token for a read-only government system. */
  public static String reader() {
    return token("reader-system", "reader", null, null, Duration.ofHours(12));
  }

  /**
   * A token with the given subject and role; {@code municipality} and {@code org} become the claims
   * of those names when not null. A negative lifetime gives an expired token.
   */
  public static String token(
      String subject, String role, String municipality, String org, Duration lifetime) {
    long now = System.currentTimeMillis() / 1000;
    JwtClaimsBuilder claims =
        Jwt.issuer(ISSUER)
            .subject(subject)
            .upn(subject)
            .groups(Set.of(role))
            .issuedAt(now - 5)
            .expiresAt(now + lifetime.toSeconds());
    if (municipality != null) {
      claims.claim("municipality", municipality);
    }
    if (org != null) {
      claims.claim("org", org);
    }
    return claims.jws().keyId("bygdevekst-dev").sign(KEY);
  }

  /**
   * Writes one token per role to the file named by the first argument (default {@code
   * .data/tokens.env}) as shell variables, so that {@code source .data/tokens.env} gives {@code
   * $KDD_TOKEN} and the others: municipality and partner tokens are for the parties of the Vestre
   * Varanger agreement.
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : ".data/tokens.env");
    Map<String, String> tokens = new LinkedHashMap<>();
    tokens.put("KDD_TOKEN", kdd());
    tokens.put("READER_TOKEN", reader());
    tokens.put("TANA_TOKEN", municipality("5628"));
    tokens.put("BERLEVAG_TOKEN", municipality("5630"));
    tokens.put("BATSFJORD_TOKEN", municipality("5632"));
    tokens.put("NESSEBY_TOKEN", municipality("5636"));
    tokens.put("HUSBANKEN_TOKEN", partner("942114184"));
    tokens.put("FYLKESKOMMUNEN_TOKEN", partner("830090282"));
    tokens.put("STATSFORVALTEREN_TOKEN", partner("974764687"));
    tokens.put("INNOVASJON_NORGE_TOKEN", partner("986399445"));
    StringBuilder out =
        new StringBuilder("# Development tokens, valid for 12 hours. Never valid in prod.\n");
    tokens.forEach((k, v) -> out.append("export ").append(k).append('=').append(v).append('\n'));
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    System.out.println("Tokens written to " + file);
  }

  private static PrivateKey loadKey() {
    try (InputStream in =
        DevTokens.class.getResourceAsStream("/bygdevekst/dev/jwt-private-key.pem")) {
      String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      String base64 =
          pem.replace("-----BEGIN PRIVATE KEY-----", "")
              .replace("-----END PRIVATE KEY-----", "")
              .replaceAll("\\s", "");
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The development key is not a PKCS#8 RSA key", e);
    }
  }
}
