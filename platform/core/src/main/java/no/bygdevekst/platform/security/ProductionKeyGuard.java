package no.bygdevekst.platform.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start in the prod profile with the development signing key or issuer, so that a token
 * minted on a laptop is never accepted in production. A missing issuer or key already stops the
 * start, because the prod profile has no defaults for them.
 */
@Singleton
public class ProductionKeyGuard {
  static final String DEV_KEY = "bygdevekst/dev/jwt-public-key.pem";
  static final String DEV_ISSUER = "https://bygdevekst.local/dev";

  void check(
      @Observes StartupEvent event,
      @ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer,
      @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> location,
      @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> inlineKey) {
    if (LaunchMode.current() != LaunchMode.NORMAL || !ConfigUtils.getProfiles().contains("prod")) {
      return;
    }
    verify(issuer, location, inlineKey);
  }

  static void verify(
      Optional<String> issuer, Optional<String> location, Optional<String> inlineKey) {
    if (issuer.isEmpty() || issuer.get().isBlank()) {
      throw new IllegalStateException(
          "Set BYGDEVEKST_JWT_ISSUER: the prod profile needs a token issuer");
    }
    if (DEV_ISSUER.equals(issuer.get())) {
      throw new IllegalStateException("The prod profile refuses the development token issuer");
    }
    if (location.isEmpty() && inlineKey.isEmpty()) {
      throw new IllegalStateException(
          "Set BYGDEVEKST_JWT_PUBLIC_KEY_LOCATION: the prod profile needs the issuer's public key");
    }
    String devKey = normalise(read(DEV_KEY));
    String configured = inlineKey.orElseGet(() -> read(location.get()));
    if (normalise(configured).equals(devKey)
        || location.map(l -> l.endsWith(DEV_KEY)).orElse(false)) {
      throw new IllegalStateException("The prod profile refuses the development signing key");
    }
  }

  private static String normalise(String pem) {
    return pem == null ? "" : pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
  }

  private static String read(String location) {
    try {
      if (location.startsWith("http://") || location.startsWith("https://")) {
        return null; // a JWKS endpoint: not the development key, which is a classpath file
      }
      String path = location.startsWith("file:") ? URI.create(location).getPath() : location;
      if (Files.exists(Path.of(path))) {
        return Files.readString(Path.of(path), StandardCharsets.US_ASCII);
      }
      String resource =
          path.startsWith("classpath:") ? path.substring("classpath:".length()) : path;
      try (InputStream in =
          Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
        return in == null ? null : new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
