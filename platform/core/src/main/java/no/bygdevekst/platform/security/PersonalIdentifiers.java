package no.bygdevekst.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hash (HMAC-SHA256) of a personal identity number: where a person must be matched (the
 * same person through two identity providers), services compare hashes, never the number itself,
 * which is kept nowhere. Without the secret, no hash is made.
 */
@ApplicationScoped
public class PersonalIdentifiers {
  private static final String ALGORITHM = "HmacSHA256";

  private final Optional<SecretKeySpec> key;

  public PersonalIdentifiers(SecurityConfig config) {
    this.key =
        config
            .pidHashSecret()
            .map(s -> new SecretKeySpec(s.getBytes(StandardCharsets.UTF_8), ALGORITHM));
  }

  /** The hash of {@code pid} as 64 hexadecimal digits; empty without a secret or a pid. */
  public Optional<String> hash(String pid) {
    if (pid == null || pid.isBlank() || key.isEmpty()) {
      return Optional.empty();
    }
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key.get());
      return Optional.of(
          HexFormat.of().formatHex(mac.doFinal(pid.strip().getBytes(StandardCharsets.UTF_8))));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
