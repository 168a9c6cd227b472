package no.bygdevekst.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The compiled main classes of every module, imported once for all the rules. */
final class MainClasses {
  private static JavaClasses classes;

  private MainClasses() {}

  static synchronized JavaClasses get() {
    if (classes == null) {
      classes =
          new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("no.bygdevekst");
    }
    return classes;
  }
}
