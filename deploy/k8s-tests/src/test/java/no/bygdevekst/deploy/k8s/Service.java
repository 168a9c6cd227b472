package no.bygdevekst.deploy.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.bygdevekst.platform.events.Topics;

/**
 * What a service's own configuration says it needs: the environment variables its properties refer
 * to (the platform's shared defaults included), and what it consumes: the topics of the read models
 * it declares ({@code ReadModel.of(name, consumer, "<publisher>")}, {@code Agreements.readModel}),
 * which the platform consumes in the group {@code <service>-service}, dead-lettering to {@code
 * bygdevekst.<service>.dlq}. Read from the source tree, so the checks follow the services without
 * depending on them.
 */
record Service(
    String shortName,
    Map<String, Boolean> environment,
    Set<String> consumed,
    Set<String> dlq,
    Set<String> groups) {

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");
  private static final Pattern READ_MODEL =
      Pattern.compile("ReadModel\\.of\\(\\s*\"[^\"]+\",\\s*[\\w.]+,\\s*\"([a-z]+)\"\\s*\\)");
  private static final Pattern AGREEMENT_READ_MODEL = Pattern.compile("Agreements\\.readModel\\(");
  private static final Path PLATFORM_CONFIG =
      Path.of("platform/core/src/main/resources/META-INF/microprofile-config.properties");

  static List<Service> all() {
    return Topics.SERVICES.stream().map(Service::of).toList();
  }

  static Service of(String shortName) {
    Map<String, Boolean> environment = new TreeMap<>();
    Set<String> consumed = new TreeSet<>();
    Set<String> dlq = new TreeSet<>();
    Set<String> groups = new TreeSet<>();
    Path own = Path.of(shortName + "-service/src/main/resources/application.properties");
    for (Path file : List.of(PLATFORM_CONFIG, own)) {
      Properties properties = load(Repo.root().resolve(file));
      for (String key : properties.stringPropertyNames()) {
        if (key.startsWith("%")) {
          continue; // dev, test and local profiles: never what runs in a cluster
        }
        String value = properties.getProperty(key);
        Matcher m = VARIABLE.matcher(value);
        while (m.find()) {
          // true: the variable has no default, so the service cannot start without it
          environment.merge(m.group(1), m.group(2) == null, Boolean::logicalOr);
        }
      }
    }
    consumed.addAll(consumedTopics(shortName));
    if (!consumed.isEmpty()) {
      dlq.add(Topics.deadLetterOf(shortName));
      groups.add(shortName + "-service");
    }
    return new Service(shortName, environment, consumed, dlq, groups);
  }

  String name() {
    return shortName + "-service";
  }

  /** Variables without a default: the service refuses to start without them. */
  Set<String> required() {
    Set<String> required = new TreeSet<>();
    environment.forEach(
        (k, noDefault) -> {
          if (noDefault) {
            required.add(k);
          }
        });
    return required;
  }

  /** The topics of the read models declared in the service's main sources. */
  private static Set<String> consumedTopics(String shortName) {
    Path sources = Repo.root().resolve(shortName + "-service/src/main/java");
    Set<String> topics = new TreeSet<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Matcher m = READ_MODEL.matcher(source);
        while (m.find()) {
          topics.add(Topics.eventsOf(m.group(1)));
        }
        if (AGREEMENT_READ_MODEL.matcher(source).find()) {
          topics.add(Topics.AGREEMENT);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + sources, e);
    }
    return topics;
  }

  private static Properties load(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    return properties;
  }
}
