package org.scanstation.station;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The boundaries docs/architecture.md describes ("What may depend on what"), checked on the
 * compiled classes of every module. A rule added here gets its line in that table.
 */
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
  void theDomainKnowsNoJsonLibrary() {
    noClasses()
        .that()
        .resideInAPackage("org.scanstation.station.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
        .because(
            "a receipt's signature covers its values' field text, not JSON: the file is read and"
                + " written at the edge (station.receipts)")
        .check(CLASSES);
  }

  @Test
  void atMostOneClassTouchesJSerialComm() {
    assertThat(topLevelClassesUsing("com.fazecast.")).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void onlyTheKafkaSinkTouchesTheKafkaClient() {
    noClasses()
        .that()
        .resideInAPackage("org.scanstation.station..")
        .and()
        .resideOutsideOfPackage("org.scanstation.station.sync.kafka..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.kafka..")
        .because("one package owns the Kafka client; the rest sees an OutboxSink")
        .check(CLASSES);
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
  void paperworkDependsOnNothingOfOursButCommon() {
    noClasses()
        .that()
        .resideInAPackage("org.scanstation.paperwork..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.scanstation.station..",
            "org.scanstation.device..",
            "org.scanstation.label..",
            "org.scanstation.simulator..")
        .because("the documents are a pure library: the station fills in their values")
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
  void theSimulatorsAndLabelPrintingsPackagesAreFreeOfCycles() {
    slices().matching("org.scanstation.simulator.(**)").should().beFreeOfCycles().check(CLASSES);
    // label-printing is one package today; the rule keeps any sub-package it grows acyclic.
    slices()
        .matching("org.scanstation.label.(**)")
        .should()
        .beFreeOfCycles()
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

  /**
   * The calls that build an adapter (a store, the sync job and its backend, a printer, a scanner,
   * the print service, the local API client), by owner's simple name and method.
   */
  private static final Set<String> ADAPTER_BUILDERS =
      Set.of(
          "StationStore.open",
          "StationStore.restore",
          "StationStore.inMemory",
          "SyncJob.<init>",
          "AfterShipBackend.<init>",
          "KafkaSink.<init>",
          "StationProducer.open",
          "HeartbeatPublisher.<init>",
          "AfterShipReads.<init>",
          "UspsTracking.<init>",
          "ReadBack.<init>",
          "WebhookServer.start",
          "PrintService.<init>",
          "LocalStation.<init>",
          "StationApiClient.<init>",
          "Printers.open",
          "ScannerFactory.standard");

  @Test
  void onlyTheAssemblyBuildsAdapters() {
    DescribedPredicate<JavaAccess<?>> buildsAnAdapter =
        new DescribedPredicate<>("build a store, sync, printer, scanner or backend adapter") {
          @Override
          public boolean test(JavaAccess<?> a) {
            AccessTarget t = a.getTarget();
            return ADAPTER_BUILDERS.contains(t.getOwner().getSimpleName() + "." + t.getName());
          }
        };
    noClasses()
        .that()
        .resideInAPackage("org.scanstation.station..")
        .and()
        .resideOutsideOfPackage("org.scanstation.station.app..")
        .should()
        .accessTargetWhere(buildsAnAdapter)
        .because("StationAssembly is the one composition root: parts come from its settings")
        .check(CLASSES);
  }

  @Test
  void theDeviceDriversHaveNoPackageCycles() {
    slices().matching("org.scanstation.device.(**)").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void thePrinterLanguagesShareTheStreamPrinterAndKnowNothingOfOneAnother() {
    String[] languages = {
      "org.scanstation.device.printer.zpl..",
      "org.scanstation.device.printer.tspl..",
      "org.scanstation.device.printer.epl.."
    };
    noClasses()
        .that()
        .resideInAPackage("org.scanstation.device.printer.stream..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(languages)
        .because("the stream printer's mechanics are the same for every language")
        .check(CLASSES);
    for (String language : languages) {
      String[] others =
          Arrays.stream(languages).filter(l -> !l.equals(language)).toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage(language)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others)
          .check(CLASSES);
    }
  }

  @Test
  void thePrinterPortDependsOnNoneOfItsDriversOrTheQueue() {
    noClasses()
        .that()
        .resideInAPackage("org.scanstation.device.printer")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.scanstation.device.printer.*..")
        .because("drivers, links and the queue point inward at the port, never the other way")
        .check(CLASSES);
  }

  @Test
  void onlyThePrinterFactoryKnowsEveryDriver() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.scanstation.device.printer.queue..",
            "org.scanstation.device.printer.stream..",
            "org.scanstation.device.printer.zpl..",
            "org.scanstation.device.printer.tspl..",
            "org.scanstation.device.printer.epl..",
            "org.scanstation.device.printer.cups..",
            "org.scanstation.device.printer.link..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.scanstation.device.printer.connect..")
        .check(CLASSES);
  }

  @Test
  void thePrintQueueWorksWithAnyPrinter() {
    noClasses()
        .that()
        .resideInAPackage("org.scanstation.device.printer.queue..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.scanstation.device.printer.stream..",
            "org.scanstation.device.printer.zpl..",
            "org.scanstation.device.printer.tspl..",
            "org.scanstation.device.printer.epl..",
            "org.scanstation.device.printer.cups..",
            "org.scanstation.device.printer.link..")
        .because("the exactly-once rules rest on the LabelPrinter port alone")
        .check(CLASSES);
  }

  @Test
  void theStationsFeaturePackagesHaveNoCycles() {
    slices().matching("org.scanstation.station.(*)..").should().beFreeOfCycles().check(CLASSES);
    slices()
        .matching("org.scanstation.station.domain.(*)..")
        .should()
        .beFreeOfCycles()
        .check(CLASSES);
  }

  @Test
  void theOperationsContractDependsOnTheDomainOnly() {
    noClasses()
        .that()
        .resideInAPackage("org.scanstation.station.api..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            "java..",
            "org.scanstation.station.api..",
            "org.scanstation.station.domain..",
            "org.scanstation.station",
            "com.fasterxml.jackson.annotation..")
        .because("api is the contract every side shares: records in the domain's words, no parts")
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
