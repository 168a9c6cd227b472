package no.bygdevekst.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a PEM public key from a file, a {@code file:} URL or the classpath. */
final class PublicKeys {
  private PublicKeys() {}

  /** The PEM text at {@code location}, or null when there is nothing there. */
  static String pem(String location) {
    try {
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

  /** The key's base64 body, without the PEM armour and line breaks. */
  static String base64(String location) {
    String pem = pem(location);
    if (pem == null) {
      throw new IllegalStateException("No public key at " + location);
    }
    return normalise(pem);
  }

  static String normalise(String pem) {
    return pem == null ? "" : pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
  }
}
