package no.bygdevekst.localstack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the local stack keeps its data and which ports it uses. Every value can be changed with an
 * environment variable; the defaults keep clear of a PostgreSQL or Kafka the machine may run
 * already.
 */
public record StackConfig(
    Path root,
    Path dataDir,
    int postgresPort,
    int kafkaPort,
    int kafkaControllerPort,
    int issuerPort,
    Map<String, Integer> servicePorts,
    String serviceJvmOptions) {

  public static final String[] SERVICES = {"agreement", "actionplan", "funding", "evaluation"};

  public static StackConfig fromEnvironment(Path root) {
    return fromEnvironment(root, System.getenv());
  }

  /** The configuration that these environment variables give, as for a stack started with them. */
  public static StackConfig fromEnvironment(Path root, Map<String, String> env) {
    Map<String, Integer> ports = new LinkedHashMap<>();
    int base = 8081;
    for (String service : SERVICES) {
      ports.put(service, intOf(env, "BYGDEVEKST_" + service.toUpperCase() + "_PORT", base++));
    }
    Path data = Path.of(env.getOrDefault("BYGDEVEKST_DATA_DIR", root.resolve(".data").toString()));
    return new StackConfig(
        root,
        data.toAbsolutePath(),
        intOf(env, "BYGDEVEKST_PG_PORT", 55432),
        intOf(env, "BYGDEVEKST_KAFKA_PORT", 59092),
        intOf(env, "BYGDEVEKST_KAFKA_CONTROLLER_PORT", 59093),
        intOf(env, "BYGDEVEKST_ISSUER_PORT", 8090),
        ports,
        env.getOrDefault(
            "BYGDEVEKST_SERVICE_JVM_OPTS",
            "-XX:+UseSerialGC -Xms32m -Xmx192m -XX:MaxMetaspaceSize=160m -Xss512k"
                + " -XX:ReservedCodeCacheSize=64m"));
  }

  private static int intOf(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'");
    }
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + kafkaPort;
  }

  public Path logs() {
    return dataDir.resolve("logs");
  }

  public Path pidFile() {
    return dataDir.resolve("stack.pid");
  }

  public Path childPidsFile() {
    return dataDir.resolve("stack-children.pids");
  }

  public Path tokensFile() {
    return dataDir.resolve("tokens.env");
  }

  public String url(String service) {
    return "http://localhost:" + servicePorts.get(service);
  }
}
