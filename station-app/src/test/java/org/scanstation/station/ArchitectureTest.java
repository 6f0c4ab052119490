package org.scanstation.station;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The boundaries of ../shared/ARCHITECTURE.md, checked on the compiled classes of every module. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.scanstation");

  private static final String[] IO_PACKAGES = {
    "java.sql..", "javax.sql..", "java.net..", "java.nio.channels..", "java.net.http..",
    "com.fazecast..", "org.usb4java..", "javax.usb..", "org.apache.derby..", "org.flywaydb..",
    "com.sun.net.httpserver.."
  };

  @Test
  void theDomainDoesNoIo() {
    noClasses()
        .that()
        .resideInAPackage("org.scanstation.station.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(IO_PACKAGES)
        .because("the domain is pure: no JDBC, no sockets, no device library")
        .check(CLASSES);
  }

  @Test
  void atMostOneClassTouchesJSerialComm() {
    assertThat(topLevelClassesUsing("com.fazecast.")).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void onlyTheUsbPackageTouchesUsb4java() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.scanstation.device.usb..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.usb4java..", "javax.usb..")
        .check(CLASSES);
  }

  @Test
  void labelPrintingDependsOnNothingOfOurs() {
    noClasses()
        .that()
        .resideInAPackage("org.scanstation.label..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.scanstation.station..", "org.scanstation.device..", "org.scanstation.simulator..")
        .allowEmptyShould(true)
        .check(CLASSES);
  }

  @Test
  void deviceDriversDependOnNothingOfOurs() {
    noClasses()
        .that()
        .resideInAPackage("org.scanstation.device..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.scanstation.station..", "org.scanstation.label..", "org.scanstation.simulator..")
        .allowEmptyShould(true)
        .check(CLASSES);
  }

  @Test
  void theSimulatorNeverReachesIntoTheStation() {
    noClasses()
        .that()
        .resideInAPackage("org.scanstation.simulator..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.scanstation.station..", "org.scanstation.device..")
        .because("the station talks to the simulator exactly as it would to hardware")
        .allowEmptyShould(true)
        .check(CLASSES);
  }

  @Test
  void theWebAdapterDependsOnPortsNotOnTheAppThatAssemblesIt() {
    noClasses()
        .that()
        .resideInAPackage("org.scanstation.station.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.scanstation.station.app..")
        .because(
            "app builds web; web sees the station through api's operations (no app <-> web cycle)")
        .check(CLASSES);
  }

  @Test
  void theCommonModuleUsesTheJdkOnly() {
    noClasses()
        .that()
        .resideInAPackage("org.scanstation.common..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", "org.scanstation.common..")
        .because("every module may use it, so it may use none of them, nor any library")
        .check(CLASSES);
  }

  /** Top-level class names (nested and anonymous classes folded in) that use a package. */
  private static Set<String> topLevelClassesUsing(String packagePrefix) {
    Set<String> users = new TreeSet<>();
    for (JavaClass c : CLASSES) {
      boolean uses =
          c.getDirectDependenciesFromSelf().stream()
              .anyMatch(d -> d.getTargetClass().getName().startsWith(packagePrefix));
      if (uses) {
        String name = c.getName();
        int nested = name.indexOf('$');
        users.add(nested < 0 ? name : name.substring(0, nested));
      }
    }
    return users;
  }
}
