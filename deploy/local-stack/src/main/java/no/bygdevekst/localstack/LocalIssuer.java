package no.bygdevekst.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.bygdevekst.platform.testing.issuer.IssuerServer;
import no.bygdevekst.platform.testing.issuer.TestIssuer;

/**
 * The stack's own token issuers on one port: a Maskinporten-shaped one and an ID-porten-shaped one,
 * each with its own key, its JWKS and a token endpoint that asks for no credentials
 * (docs/security.md, "Trying it locally"). The services trust them as their {@code maskinporten}
 * and {@code idporten} issuers, exactly as they trust the real ones in production.
 */
final class LocalIssuer implements AutoCloseable {
  /** The audience the services expect from both. */
  static final String AUDIENCE = "https://bygdevekst.local/api";

  static final String TANA_ORGANISATION = "943505527";

  private final TestIssuer maskinporten =
      new TestIssuer("maskinporten", TestIssuer.Shape.MASKINPORTEN, AUDIENCE);
  private final TestIssuer idporten = new TestIssuer("idporten", TestIssuer.Shape.PERSON, AUDIENCE);
  private final IssuerServer server;

  private LocalIssuer(int port) {
    server = IssuerServer.start(port, List.of(maskinporten, idporten), 12 * 3600);
  }

  static LocalIssuer start(int port) {
    return new LocalIssuer(port);
  }

  /** What a service needs to trust both issuers. */
  Map<String, String> serviceEnvironment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("BYGDEVEKST_MASKINPORTEN_ISSUER", maskinporten.issuer());
    env.put("BYGDEVEKST_MASKINPORTEN_JWKS_URL", maskinporten.jwksUrl());
    env.put("BYGDEVEKST_MASKINPORTEN_AUDIENCE", AUDIENCE);
    env.put("BYGDEVEKST_IDPORTEN_ISSUER", idporten.issuer());
    env.put("BYGDEVEKST_IDPORTEN_JWKS_URL", idporten.jwksUrl());
    env.put("BYGDEVEKST_IDPORTEN_AUDIENCE", AUDIENCE);
    return env;
  }

  String url() {
    return "http://127.0.0.1:" + server.port();
  }

  /**
   * Adds tokens of both issuers to the tokens file: another government system that reads, Tana's
   * own case system, and a person registered nowhere.
   */
  void appendTokens(Path file) throws IOException {
    long now = System.currentTimeMillis() / 1000;
    long until = now + 12 * 3600;
    StringBuilder out = new StringBuilder("# Tokens of the local issuers at " + url() + "\n");
    out.append(
        line(
            "MASKINPORTEN_READER_TOKEN",
            maskinporten.sign(
                maskinporten
                    .maskinporten("kdd:bygdevekst.read", TANA_ORGANISATION)
                    .expiresAt(until))));
    out.append(
        line(
            "MASKINPORTEN_TANA_TOKEN",
            maskinporten.sign(
                maskinporten
                    .maskinporten("kdd:bygdevekst.municipality.write", TANA_ORGANISATION)
                    .expiresAt(until))));
    out.append(
        line(
            "PERSON_TOKEN",
            idporten.sign(idporten.person(UUID.randomUUID().toString(), null).expiresAt(until))));
    out.append("export LOCAL_ISSUER=").append(url()).append('\n');
    Files.writeString(file, out.toString(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  private static String line(String name, String token) {
    return "export " + name + "=" + token + "\n";
  }

  @Override
  public void close() {
    server.close();
  }
}
