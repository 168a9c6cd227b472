package no.bygdevekst.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.bygdevekst.localstack.KafkaMain;
import no.bygdevekst.platform.events.Topics;
import no.bygdevekst.platform.testing.infra.KnownTopics;
import no.bygdevekst.platform.testing.infra.LocalKafka;
import no.bygdevekst.platform.testing.infra.LocalPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Services own their data and learn of each other only through events: no service's code may use
 * another's, and the platform may use none of them. Checked on the compiled classes and on the
 * Maven dependencies.
 */
class ModuleBoundariesTest {
  static final List<String> SERVICES = List.of("agreement", "actionplan", "funding", "evaluation");
  static final String BENCH = "no.bygdevekst.bench";
  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = MainClasses.get();
  }

  @Test
  void everyServiceIsOnTheClassPathOfThisCheck() {
    for (String service : SERVICES) {
      assertTrue(
          classes.stream().anyMatch(c -> c.getPackageName().startsWith("no.bygdevekst." + service)),
          "no classes of "
              + service
              + "-service were imported, so the rules below would prove nothing");
    }
  }

  @Test
  void noServiceDependsOnAnother() {
    for (String service : SERVICES) {
      String[] others =
          SERVICES.stream()
              .filter(s -> !s.equals(service))
              .map(s -> "no.bygdevekst." + s + "..")
              .toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage("no.bygdevekst." + service + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others)
          .because(service + "-service learns of other services only from their events")
          .check(classes);
    }
  }

  @Test
  void thePlatformDependsOnNoService() {
    noClasses()
        .that()
        .resideInAPackage("no.bygdevekst.platform..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            SERVICES.stream().map(s -> "no.bygdevekst." + s + "..").toArray(String[]::new))
        .because("the platform is shared by every service and specific to none")
        .check(classes);
  }

  @Test
  void theBenchStartsTheStackOnlyThroughTheLocalStacksLauncher() {
    assertTrue(
        classes.stream().anyMatch(c -> c.getPackageName().equals(BENCH)),
        "no classes of the bench were imported, so this rule would prove nothing");
    noClasses()
        .that()
        .resideInAPackage(BENCH)
        .and()
        .doNotHaveFullyQualifiedName(BENCH + ".Load")
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(ProcessBuilder.class, LocalKafka.class, KafkaMain.class)
        .orShould()
        .callMethod(LocalPostgres.class, "start", Path.class, int.class, boolean.class)
        .orShould()
        .callMethod(LocalPostgres.class, "start", Path.class, int.class, boolean.class, Map.class)
        .because(
            "the bench measures the stack as the run command starts it, through"
                + " deploy/local-stack's StackLauncher; only the load tools (Load) are its own")
        .check(classes);
  }

  @Test
  void nothingDependsOnTheBench() {
    noClasses()
        .that()
        .resideOutsideOfPackage(BENCH + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(BENCH + "..")
        .because("the bench measures the system from outside")
        .check(classes);
  }

  @Test
  void noServicePomNamesAnotherServiceOrTheTestPlatformOutsideTests() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    Pattern dependency =
        Pattern.compile(
            "<dependency>\\s*<groupId>no\\.bygdevekst</groupId>\\s*<artifactId>([a-z-]+)</artifactId>(.*?)</dependency>",
            Pattern.DOTALL);
    for (String service : SERVICES) {
      String pom = Files.readString(root.resolve(service + "-service/pom.xml"));
      Matcher m = dependency.matcher(pom);
      while (m.find()) {
        String artifact = m.group(1);
        assertTrue(
            artifact.startsWith("platform-"), service + "-service must not depend on " + artifact);
        if (artifact.equals("platform-testing")) {
          assertTrue(
              m.group(2).contains("<scope>test</scope>"), "platform-testing only in test scope");
        }
      }
    }
    for (String module : List.of("platform/core", "platform/testing")) {
      String pom = Files.readString(root.resolve(module + "/pom.xml"));
      for (String service : SERVICES) {
        assertTrue(
            !pom.contains("<artifactId>" + service + "-service</artifactId>"),
            module + " must not depend on " + service);
      }
    }
  }

  @Test
  void theTestInfrastructureCreatesEveryTopicTheServicesUse() {
    assertEquals(
        Topics.all().stream().sorted().toList(), KnownTopics.ALL.stream().sorted().toList());
  }
}
