package no.bygdevekst.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import no.bygdevekst.agreement.events.AgreementEvent;
import no.bygdevekst.agreement.events.RepresentativeEvent;
import no.bygdevekst.platform.inbox.Agreements;
import no.bygdevekst.platform.kafka.KafkaClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the platform does once, services and the platform's other parts do not do again: build a
 * Kafka client, tell the time, configure consumption.
 */
class PlatformUseTest {
  /** Test infrastructure: it runs the broker and sends test events, outside any service. */
  static final String TESTING = "no.bygdevekst.platform.testing..";

  /**
   * Tools around the services, never inside one: the benchmark measures wall time and prepares its
   * own broker, the local stack's issuer stamps its tokens with the time it issues them.
   */
  static final String BENCH = "no.bygdevekst.bench..";

  static final String LOCAL_STACK = "no.bygdevekst.localstack..";

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = MainClasses.get();
  }

  @Test
  void onlyKafkaClientsBuildsAKafkaClient() {
    noClasses()
        .that()
        .resideOutsideOfPackages(TESTING, BENCH)
        .and()
        .doNotHaveFullyQualifiedName(KafkaClients.class.getName())
        .should()
        .callConstructorWhere(
            target(owner(assignableTo(KafkaConsumer.class).or(assignableTo(KafkaProducer.class)))))
        .orShould()
        .callMethodWhere(target(owner(assignableTo(Admin.class))).and(target(name("create"))))
        .because(
            "every Kafka client takes the cluster's settings (TLS, SASL) from KafkaClients, so that"
                + " a kafka.* setting reaches all of them")
        .check(classes);
  }

  @Test
  void everyNowComesFromTheServicesClock() {
    noClasses()
        .that()
        .resideOutsideOfPackages(TESTING, BENCH, LOCAL_STACK, "no.bygdevekst.platform.time..")
        .should()
        .callMethodWhere(readsTheSystemClock())
        .because("tests set and move the one Clock bean (platform time.Clocks, TestClock)")
        .check(classes);
  }

  /**
   * {@code now()} or {@code now(zone)} of a java.time type ({@code now(clock)} is how it is done),
   * a system clock, or the system's milliseconds.
   */
  private static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
    return DescribedPredicate.describe(
        "reads the system clock",
        call -> {
          JavaClass owner = call.getTargetOwner();
          String name = call.getName();
          List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
          boolean fromAClock =
              parameters.size() == 1 && parameters.get(0).isAssignableTo(Clock.class);
          return owner.getPackageName().equals("java.time")
                  && (name.equals("now") && !fromAClock || name.startsWith("system"))
              || owner.isEquivalentTo(System.class) && name.equals("currentTimeMillis");
        });
  }

  @Test
  void theAgreementEventsConsumersReadAreTheOnesAgreementServicePublishes() {
    List<String> published =
        Stream.of(AgreementEvent.class.getPermittedSubclasses())
            .map(Class::getSimpleName)
            .sorted()
            .toList();
    assertEquals(published, Agreements.EVENTS.stream().sorted().toList());
  }

  @Test
  void theRegisterEventsConsumersReadAreTheOnesAgreementServicePublishes() {
    List<String> published =
        Stream.of(RepresentativeEvent.class.getPermittedSubclasses())
            .map(Class::getSimpleName)
            .sorted()
            .toList();
    assertEquals(published, Agreements.REGISTER_EVENTS.stream().sorted().toList());
  }

  @Test
  void noServiceConfiguresMessagingChannels() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    for (String service : ModuleBoundariesTest.SERVICES) {
      Path properties =
          root.resolve(service + "-service/src/main/resources/application.properties");
      assertTrue(
          Files.readAllLines(properties).stream().noneMatch(l -> l.startsWith("mp.messaging.")),
          service
              + "-service declares what it consumes in code (a ReadModel.Source); the platform"
              + " runs its consumers");
    }
  }
}
