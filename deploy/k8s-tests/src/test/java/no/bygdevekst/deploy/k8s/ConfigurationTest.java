package no.bygdevekst.deploy.k8s;

import static no.bygdevekst.deploy.k8s.OverlaysTest.OVERLAYS;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every environment variable a service's configuration refers to is set, from a ConfigMap or a
 * Secret, and points at something the overlay runs.
 */
class ConfigurationTest {

  @Test
  void theServicesConfigurationIsReadable() {
    // Guards the reading itself: should the properties move, the checks below would pass on
    // nothing.
    Service agreement = Service.of("agreement");
    assertTrue(
        agreement
            .required()
            .containsAll(
                List.of(
                    "BYGDEVEKST_DB_URL",
                    "BYGDEVEKST_DB_USER",
                    "BYGDEVEKST_KAFKA_BOOTSTRAP_SERVERS")),
        "required: " + agreement.required());
    assertTrue(agreement.environment().containsKey("BYGDEVEKST_DB_PASSWORD"));
    for (String issuer : ISSUERS) {
      assertTrue(
          agreement.environment().keySet().containsAll(issuerVariables(issuer)),
          issuer + ": " + agreement.environment().keySet());
    }
    assertTrue(Service.of("evaluation").environment().containsKey("BYGDEVEKST_SSB_07459_URL"));
    assertTrue(Service.of("actionplan").consumed().contains("bygdevekst.agreement.events"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(OVERLAYS)
  void everyVariableTheServiceReadsIsSet(String overlay) {
    Overlay o = Overlay.of(overlay);
    List<Executable> checks = new ArrayList<>();
    for (Service service : Service.all()) {
      Map<String, String> env = o.environmentOf(o.get("Deployment", service.name()));
      String what = overlay + ": " + service.name();
      checks.add(
          () -> {
            Set<String> missing = new TreeSet<>(service.environment().keySet());
            missing.removeAll(env.keySet());
            assertEquals(Set.of(), missing, what + " does not set (ConfigMap or Secret)");
          });
      checks.add(
          () -> {
            Set<String> empty = new TreeSet<>();
            for (String name : service.required()) {
              if (env.getOrDefault(name, "").isBlank()) {
                empty.add(name);
              }
            }
            assertEquals(Set.of(), empty, what + ": required variables set empty");
          });
      checks.add(
          () -> {
            // A misspelt name (BYGDEVEKST_PORTAL_ORIGINS where ORIGIN is read) is a silent no-op.
            Set<String> unknown = new TreeSet<>();
            for (String name : env.keySet()) {
              if (name.startsWith("BYGDEVEKST_") && !service.environment().containsKey(name)) {
                unknown.add(name);
              }
            }
            assertEquals(Set.of(), unknown, what + " sets variables its configuration never reads");
          });
    }
    assertAll(checks);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(OVERLAYS)
  void credentialsComeFromSecretsOnly(String overlay) {
    Overlay o = Overlay.of(overlay);
    List<Executable> checks = new ArrayList<>();
    for (Service service : Service.all()) {
      Map<String, String> env = o.environmentOf(o.get("Deployment", service.name()));
      String what = overlay + ": " + service.name();
      String cluster = databaseCluster(env.get("BYGDEVEKST_DB_URL"));
      checks.add(
          () ->
              assertTrue(
                  o.find("Cluster", cluster).isPresent(),
                  what + " BYGDEVEKST_DB_URL names " + cluster + "-rw, but no Cluster " + cluster));
      checks.add(
          () ->
              assertEquals(
                  "secret:" + cluster + "-app/password",
                  env.get("BYGDEVEKST_DB_PASSWORD"),
                  what + " password: the Secret CloudNativePG creates for " + cluster));
      checks.add(
          () ->
              assertEquals(
                  "secret:" + cluster + "-app/username",
                  env.get("BYGDEVEKST_DB_USER"),
                  what + " user: the Secret CloudNativePG creates for " + cluster));
      checks.add(
          () -> {
            for (Map.Entry<String, String> e : env.entrySet()) {
              // An empty value holds no credential: a setting of a mechanism not in use.
              if (e.getKey().matches(".*(PASSWORD|SECRET|TOKEN|PRIVATE).*")
                  && !e.getValue().isEmpty()) {
                assertTrue(
                    e.getValue().startsWith("secret:"),
                    what + " sets " + e.getKey() + " from a ConfigMap or literal");
              }
            }
          });
    }
    assertAll(checks);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(OVERLAYS)
  void kafkaAndTokensPointAtThisEnvironment(String overlay) {
    Overlay o = Overlay.of(overlay);
    List<Executable> checks = new ArrayList<>();
    for (Service service : Service.all()) {
      Map<String, Object> deployment = o.get("Deployment", service.name());
      Map<String, String> env = o.environmentOf(deployment);
      String what = overlay + ": " + service.name();
      checks.add(() -> KafkaConnection.of(o, deployment).check(what));
      checks.add(
          () -> {
            List<String> on =
                ISSUERS.stream()
                    .filter(i -> !env.getOrDefault("BYGDEVEKST_" + i + "_ISSUER", "").isBlank())
                    .toList();
            assertFalse(on.isEmpty(), what + ": no token issuer is switched on");
            for (String issuer : on) {
              String prefix = "BYGDEVEKST_" + issuer + "_";
              assertNotEquals(
                  "https://bygdevekst.local/dev",
                  env.get(prefix + "ISSUER"),
                  what + ": the development issuer is refused outside dev mode");
              assertTrue(
                  env.getOrDefault(prefix + "JWKS_URL", "").startsWith("https://"),
                  what + ": " + issuer + " needs its keys over HTTPS");
              if (!issuer.equals("MASKINPORTEN")) {
                assertFalse(
                    env.getOrDefault(prefix + "AUDIENCE", "").isBlank(),
                    what + ": " + issuer + " issues people's tokens and needs an audience");
              }
            }
          });
    }
    assertAll(checks);
  }

  /** The issuers the platform names (docs/security.md). */
  static final List<String> ISSUERS = List.of("MASKINPORTEN", "IDPORTEN", "ENTRA");

  static List<String> issuerVariables(String issuer) {
    return List.of(
        "BYGDEVEKST_" + issuer + "_ISSUER",
        "BYGDEVEKST_" + issuer + "_JWKS_URL",
        "BYGDEVEKST_" + issuer + "_AUDIENCE");
  }

  /** jdbc:postgresql://agreement-db-rw:5432/agreement names the Cluster agreement-db. */
  static String databaseCluster(String jdbcUrl) {
    String host = jdbcUrl.replaceFirst("^jdbc:postgresql://", "").replaceFirst("[:/].*$", "");
    host = host.replaceFirst("\\..*$", "");
    return host.endsWith("-rw") ? host.substring(0, host.length() - 3) : host;
  }
}
