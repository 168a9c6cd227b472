package no.bygdevekst.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Inside a service, packages are named for the domain and depend on each other one way only; the
 * {@code events} package holds what the service publishes and nothing of its domain, so that the
 * domain packages may use it without a cycle. What a service consumes sits beside the projection it
 * feeds.
 */
class PackageStructureTest {
  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = MainClasses.get();
  }

  @Test
  void noServiceAndNoPartOfThePlatformHasPackageCycles() {
    Stream.concat(ModuleBoundariesTest.SERVICES.stream(), Stream.of("platform"))
        .forEach(
            module ->
                slices()
                    .matching("no.bygdevekst." + module + ".(*)..")
                    .should()
                    .beFreeOfCycles()
                    .because("a package depends on another only when that one needs it not back")
                    .check(classes));
  }

  @Test
  void eventsPackagesDependOnNoDomainPackageOfTheirService() {
    for (String service : ModuleBoundariesTest.SERVICES) {
      String root = "no.bygdevekst." + service;
      noClasses()
          .that()
          .resideInAPackage(root + ".events..")
          .should()
          .dependOnClassesThat(
              resideInAPackage(root + "..").and(not(resideInAPackage(root + ".events.."))))
          .because(
              "events/ keeps only the payloads "
                  + service
                  + "-service publishes; the domain builds them, and consumers sit beside their"
                  + " projections")
          .check(classes);
    }
  }
}
