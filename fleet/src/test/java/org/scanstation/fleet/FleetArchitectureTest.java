package org.scanstation.fleet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The station never depends on the fleet (a station runs alone, with or without Kafka), and the
 * fleet reuses the station's backend client and classification rather than a copy of them.
 */
class FleetArchitectureTest {
  private static final JavaClasses ALL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.scanstation");

  @Test
  void theStationUsesNothingOfTheFleet() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.scanstation.fleet..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.scanstation.fleet..")
        .check(ALL);
  }

  @Test
  void theFleetDoesNotUseTheStationsWebOrStore() {
    noClasses()
        .that()
        .resideInAPackage("org.scanstation.fleet..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.scanstation.station.web..", "org.scanstation.station.store..")
        .check(ALL);
  }

  @Test
  void onlyTheCommandLineUsesPicocli() {
    noClasses()
        .that()
        .resideInAPackage("org.scanstation.fleet..")
        .and()
        .resideOutsideOfPackage("org.scanstation.fleet.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(ALL);
  }
}
