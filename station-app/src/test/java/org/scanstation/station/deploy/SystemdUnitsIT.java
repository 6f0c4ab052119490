package org.scanstation.station.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged units pass {@code systemd-analyze verify} without a warning, and the service's
 * {@code systemd-analyze security} exposure stays at the level docs/operations.md reports. The
 * units are checked inside the unpacked package (its {@code --root}), next to the host's own units
 * for the targets they name. Skipped, saying why, without systemd-analyze or dpkg-deb.
 */
class SystemdUnitsIT {
  private static final String UNITS = "/lib/systemd/system/";
  private static final double MOST_EXPOSURE = 2.0;
  private static final Pattern EXPOSURE =
      Pattern.compile("Overall exposure level for \\S+: ([0-9.]+)");
  private static DebianPackage pkg;

  @BeforeAll
  static void unpack() throws IOException {
    assumeTrue(Shell.has("dpkg-deb"), "dpkg-deb is not installed (Debian package 'dpkg')");
    assumeTrue(
        Shell.has("systemd-analyze"),
        "systemd-analyze is not installed (Debian package 'systemd')");
    pkg = DebianPackage.shared();
    // The host's targets (sysinit.target, ...) the units depend on; the package's own win.
    try (Stream<Path> host = Files.list(Path.of(UNITS))) {
      for (Path unit : host.filter(Files::isRegularFile).toList()) {
        Path copy = pkg.file(UNITS + unit.getFileName());
        if (!Files.exists(copy)) {
          Files.copy(unit, copy, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  @Test
  void theServiceTheBackupAndItsTimerPassSystemdAnalyzeVerify() {
    Shell.Result r =
        verify("scan-station.service", "scan-station-backup.service", "scan-station-backup.timer");
    assertThat(r.exit()).as(r.describe()).isZero();
    assertThat(r.err()).as("no warning").isBlank();
  }

  @Test
  void aMistypedSettingFailsTheCheck() throws IOException {
    // systemd ignores an unknown key with a warning and exit 0: the warning is what fails.
    String unit = unit("scan-station.service").replace("NoNewPrivileges=", "NoNewPrivilege=");
    Files.writeString(pkg.file(UNITS + "mistyped.service"), unit, StandardCharsets.UTF_8);
    Shell.Result r = verify("mistyped.service");
    assertThat(r.err()).contains("Unknown key 'NoNewPrivilege'");
  }

  @Test
  void theServicesExposureIsAtMostTwo() {
    assertThat(exposure("scan-station.service")).isLessThanOrEqualTo(MOST_EXPOSURE);
    assertThat(exposure("scan-station-backup.service")).isLessThanOrEqualTo(MOST_EXPOSURE);
  }

  @Test
  void theServiceWithoutItsHardeningWouldScoreAboveTwo() throws IOException {
    StringBuilder bare = new StringBuilder();
    for (String line : unit("scan-station.service").split("\n")) {
      boolean hardening =
          line.matches(
              "(NoNewPrivileges|CapabilityBoundingSet|Protect\\w+|Private\\w+|Restrict\\w+"
                  + "|SystemCall\\w+|LockPersonality|RemoveIPC|UMask)=.*");
      if (!hardening) {
        bare.append(line).append('\n');
      }
    }
    Files.writeString(pkg.file(UNITS + "bare.service"), bare, StandardCharsets.UTF_8);
    assertThat(exposure("bare.service")).isGreaterThan(MOST_EXPOSURE);
  }

  private static String unit(String name) throws IOException {
    return Files.readString(pkg.file(UNITS + name), StandardCharsets.UTF_8);
  }

  private static Shell.Result verify(String... units) {
    List<String> command = new ArrayList<>(List.of("systemd-analyze", "verify", "--man=no"));
    command.add("--root=" + pkg.root);
    for (String unit : units) {
      command.add(pkg.file(UNITS + unit).toString());
    }
    return Shell.run(pkg.work, Map.of(), command);
  }

  private static double exposure(String unit) {
    Shell.Result r =
        Shell.run(
            pkg.work,
            Map.of("SYSTEMD_COLORS", "0"),
            List.of(
                "systemd-analyze",
                "security",
                "--offline=yes",
                "--no-pager",
                "--root=" + pkg.root,
                pkg.file(UNITS + unit).toString()));
    Matcher m = EXPOSURE.matcher(r.out());
    assertThat(m.find()).as(r.describe()).isTrue();
    return Double.parseDouble(m.group(1));
  }
}
