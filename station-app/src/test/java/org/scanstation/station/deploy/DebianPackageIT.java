package org.scanstation.station.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Debian package holds what the README's "Install on a station PC" installs, with the modes and
 * owners the service needs, and names a Debian JRE. Skipped, saying why, without dpkg-deb.
 */
class DebianPackageIT {
  private static DebianPackage pkg;
  private static Path work;

  @BeforeAll
  static void build() {
    assumeTrue(Shell.has("dpkg-deb"), "dpkg-deb is not installed (Debian package 'dpkg')");
    pkg = DebianPackage.shared();
    work = pkg.work;
  }

  @Test
  void thePackageIsNamedAfterItsVersionAndDependsOnADebianJre() {
    assertThat(pkg.deb.getFileName()).hasToString("scan-station_1.2.0~SNAPSHOT_all.deb");
    Shell.Result info = Shell.run(work, "dpkg-deb", "--info", pkg.deb.toString());
    assertThat(info.exit()).as(info.describe()).isZero();
    assertThat(info.out())
        .contains("Package: scan-station")
        .contains("Version: 1.2.0~SNAPSHOT")
        .contains("Architecture: all")
        .contains("Depends: openjdk-17-jre-headless | java17-runtime-headless, adduser, systemd")
        .contains(" postinst", " prerm", " postrm", " conffiles");
    Shell.Result conffiles = Shell.run(work, "dpkg-deb", "--info", pkg.deb.toString(), "conffiles");
    assertThat(conffiles.out().lines())
        .containsExactly(
            "/etc/scan-station/station.properties",
            "/etc/scan-station/station.env",
            "/etc/xdg/autostart/scan-station-kiosk.desktop");
  }

  @Test
  void thePackageHoldsWhatTheInstallSectionSaysWithTheirModes() {
    Shell.Result contents = Shell.run(work, "dpkg-deb", "--contents", pkg.deb.toString());
    assertThat(contents.exit()).as(contents.describe()).isZero();
    Map<String, String> expected =
        Map.ofEntries(
            Map.entry("./usr/share/scan-station/station.jar", "-rw-r--r--"),
            Map.entry("./usr/bin/station", "-rwxr-xr-x"),
            Map.entry("./usr/bin/scan-station-kiosk", "-rwxr-xr-x"),
            Map.entry("./usr/lib/scan-station/scan-station-backup", "-rwxr-xr-x"),
            Map.entry("./lib/systemd/system/scan-station.service", "-rw-r--r--"),
            Map.entry("./lib/systemd/system/scan-station-backup.service", "-rw-r--r--"),
            Map.entry("./lib/systemd/system/scan-station-backup.timer", "-rw-r--r--"),
            Map.entry("./lib/udev/rules.d/70-scan-station.rules", "-rw-r--r--"),
            Map.entry("./etc/xdg/autostart/scan-station-kiosk.desktop", "-rw-r--r--"),
            Map.entry("./etc/scan-station/station.properties", "-rw-r-----"),
            Map.entry("./etc/scan-station/station.env", "-rw-r-----"),
            Map.entry("./usr/share/doc/scan-station/operations.md", "-rw-r--r--"));
    List<String> lines = contents.out().lines().toList();
    expected.forEach(
        (path, mode) ->
            assertThat(lines)
                .as(path)
                .anyMatch(l -> l.startsWith(mode + " root/root ") && l.endsWith(" " + path)));
    assertThat(lines).allMatch(l -> l.contains(" root/root "), "every file root-owned");
  }

  @Test
  void theSettingsKeepEveryExampleKeyWithTheServicesDataDirectory() throws IOException {
    String packaged = read(pkg.file("/etc/scan-station/station.properties"));
    String example = read(DebianPackage.REPO.resolve("config/station.example.properties"));
    assertThat(packaged).contains("\ndata-dir=/var/lib/scan-station\n");
    assertThat(packaged.replace("data-dir=/var/lib/scan-station", "data-dir=./station-data"))
        .isEqualTo(example);
  }

  @Test
  void theUdevRulesGiveEachListedDeviceToTheStationsGroupOnly() throws IOException {
    String rules = read(pkg.file("/lib/udev/rules.d/70-scan-station.rules"));
    assertThat(UdevRules.problems(rules)).isEmpty();
    for (String id : read(DebianPackage.REPO.resolve("deploy/udev/devices.txt")).split("\n")) {
      String[] vp = id.split(":");
      assertThat(rules)
          .contains("ATTR{idVendor}==\"" + vp[0] + "\", ATTR{idProduct}==\"" + vp[1] + "\"");
    }
  }

  @Test
  void aWorldWritableOrUngroupedRuleIsCaught() {
    String open = "SUBSYSTEM==\"usb\", ATTR{idVendor}==\"05e0\", MODE=\"0666\"\n";
    String otherGroup = "SUBSYSTEM==\"tty\", MODE=\"0660\", GROUP=\"plugdev\"\n";
    assertThat(UdevRules.problems(open)).hasSize(1);
    assertThat(UdevRules.problems(otherGroup)).hasSize(1);
  }

  @Test
  void theLauncherRefusesAnUnknownLogFormatNamingTheSetting() {
    Shell.Result r =
        Shell.run(
            work,
            Map.of("STATION_LOG_FORMAT", "xml", "PATH", Shell.pathWithThisJava()),
            List.of(pkg.file("/usr/bin/station").toString(), "--version"));
    assertThat(r.exit()).as(r.describe()).isEqualTo(2);
    assertThat(r.err()).contains("STATION_LOG_FORMAT='xml'", "/etc/scan-station/station.env");
  }

  static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
