package no.bygdevekst.platform.testing.issuer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two issuers of a test run, started once per JVM on a free port: one shaped like Maskinporten
 * and one like ID-porten, each with its own keys. {@link #config()} is what a service needs to
 * trust them, as {@code bygdevekst.security.issuers.test-maskinporten} and {@code test-idporten}.
 */
public final class TestIssuers {
  /** The audience both put in their tokens, and the services expect. */
  public static final String AUDIENCE = "https://bygdevekst.test/api";

  /** Issuer names in the services' configuration. */
  public static final String MASKINPORTEN = "test-maskinporten";

  public static final String IDPORTEN = "test-idporten";

  /** An issuer the services trust whose key set cannot be fetched: nothing listens there. */
  public static final String OFFLINE = "test-offline";

  private static TestIssuers instance;

  private final TestIssuer maskinporten =
      new TestIssuer("maskinporten", TestIssuer.Shape.MASKINPORTEN, AUDIENCE);
  private final TestIssuer idporten = new TestIssuer("idporten", TestIssuer.Shape.PERSON, AUDIENCE);
  private final TestIssuer offline =
      new TestIssuer("offline", TestIssuer.Shape.MASKINPORTEN, AUDIENCE);
  private final IssuerServer server;

  private TestIssuers() {
    server = IssuerServer.start(0, List.of(maskinporten, idporten), 600);
    offline.mountAt("http://127.0.0.1:" + portNobodyListensOn());
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "token-issuers-stop"));
  }

  public static synchronized TestIssuers get() {
    if (instance == null) {
      instance = new TestIssuers();
    }
    return instance;
  }

  public TestIssuer maskinporten() {
    return maskinporten;
  }

  public TestIssuer idporten() {
    return idporten;
  }

  /** Signs as an issuer the services trust, but whose key set they cannot fetch. */
  public TestIssuer offline() {
    return offline;
  }

  public IssuerServer server() {
    return server;
  }

  /**
   * The services' settings for both issuers. A new key id is looked up at once (no refresh
   * interval), so that a test can rotate a key right after another test made the service fetch the
   * key set.
   */
  public Map<String, String> config() {
    Map<String, String> config = new LinkedHashMap<>();
    put(config, MASKINPORTEN, maskinporten, "maskinporten");
    put(config, IDPORTEN, idporten, "person");
    put(config, OFFLINE, offline, "maskinporten");
    return config;
  }

  private static int portNobodyListensOn() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void put(Map<String, String> config, String name, TestIssuer issuer, String kind) {
    String prefix = "bygdevekst.security.issuers." + name + ".";
    config.put(prefix + "kind", kind);
    config.put(prefix + "issuer", issuer.issuer());
    config.put(prefix + "jwks-url", issuer.jwksUrl());
    config.put(prefix + "audience", issuer.audience());
    config.put(prefix + "jwks-refresh-interval", "PT0S");
  }
}
