package org.scanstation.simulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The simulator is the world outside the station: it may not use the station's code or drivers
 * (shared bugs would hide in both) nor a device library. Label rendering would be allowed.
 */
class SimulatorArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.scanstation.simulator");

  @Test
  void usesNothingOfTheStation() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.scanstation.station..", "org.scanstation.device..")
        .check(MAIN);
  }

  @Test
  void usesNoDeviceLibrary() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fazecast..", "org.usb4java..", "javax.usb..")
        .because("the simulator reaches the station through real transports, not drivers")
        .check(MAIN);
  }
}
