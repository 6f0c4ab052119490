package org.scanstation.station.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Debian package installed for real with {@code dpkg -i} on this machine: its postinst makes
 * the user, groups and private directories; the service's command, run as its user with the unit's
 * JVM settings, serves {@code /health} and {@code /metrics} and stops cleanly (143) on SIGTERM; an
 * upgrade runs postinst again; remove keeps the store and purge the settings go.
 *
 * <p>This changes the machine (a system user, files under /usr, /etc and /var), so it runs only
 * where {@code STATION_PACKAGE_INSTALL_TEST=1} says the machine may be changed (CI's throwaway
 * machines: {@code .ci/run} sets it), as root, with the Debian JRE the package depends on, and with
 * no scan-station package installed. Skipped otherwise, saying why. It removes what it made.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackageInstallIT {
  private static final Path UNIT = Path.of("/lib/systemd/system/scan-station.service");
  private static final Path DATA = Path.of("/var/lib/scan-station");
  private static final Path ROOT = Path.of("/");
  private static DebianPackage pkg;
  private static boolean installed;

  @BeforeAll
  static void install() {
    assumeTrue(
        "1".equals(System.getenv("STATION_PACKAGE_INSTALL_TEST")),
        "installs a package on this machine: set STATION_PACKAGE_INSTALL_TEST=1 to allow it");
    assumeTrue(Shell.run(ROOT, "id", "-u").out().strip().equals("0"), "dpkg -i needs root");
    assumeTrue(
        Shell.run(ROOT, "dpkg-query", "-W", "openjdk-17-jre-headless").exit() == 0,
        "the package depends on openjdk-17-jre-headless, which is not installed");
    assumeTrue(
        Shell.run(ROOT, "dpkg", "-s", "scan-station").exit() != 0,
        "scan-station is installed on this machine already: not touching it");
    pkg = DebianPackage.shared();
    Shell.Result r = Shell.run(ROOT, "dpkg", "-i", pkg.deb.toString());
    installed = r.exit() == 0;
    assertThat(r.exit()).as(r.describe()).isZero();
  }

  @AfterAll
  static void removeEverything() {
    if (pkg == null) {
      return;
    }
    Shell.run(ROOT, "dpkg", "--purge", "scan-station");
    Shell.run(ROOT, "deluser", "--system", "--quiet", "scanstation");
    Shell.run(ROOT, "delgroup", "--system", "--quiet", "scanstation-devices");
    Shell.run(ROOT, "delgroup", "--system", "--quiet", "scanstation-kiosk");
    Shell.run(ROOT, "rm", "-rf", DATA.toString(), "/var/backups/scan-station");
  }

  private static PosixFileAttributes attributes(String path) throws IOException {
    return Files.readAttributes(Path.of(path), PosixFileAttributes.class);
  }

  private static void assertOwned(String path, String owner, String group, String mode)
      throws IOException {
    PosixFileAttributes a = attributes(path);
    assertThat(a.owner().getName()).as(path).isEqualTo(owner);
    assertThat(a.group().getName()).as(path).isEqualTo(group);
    assertThat(PosixFilePermissions.toString(a.permissions())).as(path).isEqualTo(mode);
  }

  @Test
  @Order(1)
  void postinstMakesTheUserItsDeviceGroupsAndPrivateDirectories() throws IOException {
    assertThat(installed).isTrue();
    Shell.Result id = Shell.run(ROOT, "id", "-nG", "scanstation");
    assertThat(id.exit()).as(id.describe()).isZero();
    assertThat(id.out().strip().split(" "))
        .contains("scanstation", "dialout", "lp", "scanstation-devices");
    Shell.Result shell = Shell.run(ROOT, "getent", "passwd", "scanstation");
    assertThat(shell.out().strip()).endsWith(":/var/lib/scan-station:/usr/sbin/nologin");
    assertThat(Shell.run(ROOT, "getent", "group", "scanstation-kiosk").exit()).isZero();
    assertOwned("/var/lib/scan-station", "scanstation", "scanstation", "rwx------");
    assertOwned("/var/backups/scan-station", "scanstation", "scanstation", "rwx------");
    assertOwned("/etc/scan-station/station.env", "root", "scanstation", "rw-r-----");
    assertOwned("/etc/scan-station/station.properties", "root", "scanstation", "rw-r-----");
    assertThat(Path.of("/usr/bin/station")).isExecutable();
  }

  @Test
  @Order(2)
  void theServicesCommandRunsAsItsUserServesHealthAndMetricsAndStopsCleanly() throws Exception {
    int port = freePort();
    Process station = startAsTheService(port);
    try {
      HttpClient http = HttpClient.newHttpClient();
      URI health = URI.create("http://127.0.0.1:" + port + "/health");
      HttpResponse<String> h =
          await()
              .atMost(Duration.ofSeconds(60))
              .ignoreExceptions()
              .until(() -> get(http, health), r -> r.body().contains("\"live\":true"));
      // the packaged settings name printer-1 and configure no printer: live, not ready, says why
      assertThat(h.statusCode()).isEqualTo(503);
      assertThat(h.body()).contains("printer-1 NOT_CONFIGURED");
      String metrics = get(http, URI.create("http://127.0.0.1:" + port + "/metrics")).body();
      assertThat(metrics).contains("station_store_up 1.0");
      assertOwned(DATA.resolve("store").toString(), "scanstation", "scanstation", "rwx------");
      ProcessHandle java =
          station
              .descendants()
              .filter(p -> p.info().command().orElse("").endsWith("java"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no java under the service's command"));
      Shell.Result term = Shell.run(ROOT, "kill", "-TERM", String.valueOf(java.pid()));
      assertThat(term.exit()).as(term.describe()).isZero();
      assertThat(station.waitFor(30, TimeUnit.SECONDS)).as("the station stops").isTrue();
      // the unit's SuccessExitStatus=143: SIGTERM is a clean stop
      assertThat(station.exitValue()).isEqualTo(143);
    } finally {
      station.destroyForcibly();
    }
  }

  @Test
  @Order(3)
  void anUpgradeRunsPostinstAgainAndRemoveKeepsTheStoreWhilePurgeDropsTheSettings() {
    Shell.Result again = Shell.run(ROOT, "dpkg", "-i", pkg.deb.toString());
    assertThat(again.exit()).as(again.describe()).isZero();
    assertThat(Shell.run(ROOT, "getent", "passwd", "scanstation").out().lines()).hasSize(1);

    Shell.Result removed = Shell.run(ROOT, "dpkg", "-r", "scan-station");
    assertThat(removed.exit()).as(removed.describe()).isZero();
    assertThat(Path.of("/usr/bin/station")).doesNotExist();
    assertThat(DATA.resolve("store")).isDirectory();
    assertThat(Path.of("/etc/scan-station/station.env")).exists();

    Shell.Result purged = Shell.run(ROOT, "dpkg", "--purge", "scan-station");
    assertThat(purged.exit()).as(purged.describe()).isZero();
    assertThat(Path.of("/etc/scan-station")).doesNotExist();
    assertThat(DATA.resolve("store")).isDirectory();
    assertThat(purged.err()).contains("kept /var/lib/scan-station");
  }

  /**
   * The unit's command as systemd would start it without systemd: as its user, in its working
   * directory, with its umask and JVM settings, a clean environment, and the secrets a station.env
   * would hold. Sync is off: the packaged backend is the real AfterShip.
   */
  private static Process startAsTheService(int port) throws IOException {
    String unit = Files.readString(UNIT);
    List<String> command = new ArrayList<>(List.of("runuser", "-u", value(unit, "User"), "--"));
    command.addAll(
        List.of(
            "env",
            "-i",
            "PATH=/usr/bin:/bin",
            value(unit, "Environment").replaceAll("^\"|\"$", ""),
            "STATION_SUPERVISOR_PIN=2468",
            "STATION_SYNC_ENABLED=false",
            "STATION_HTTP_PORT=" + port));
    command.addAll(Arrays.asList(value(unit, "ExecStart").split(" ")));
    String umask = value(unit, "UMask");
    ProcessBuilder pb =
        new ProcessBuilder("sh", "-c", "umask " + umask + " && exec \"$@\"", "sh")
            .directory(Path.of(value(unit, "WorkingDirectory")).toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.command().addAll(command);
    pb.environment().clear();
    pb.environment().putAll(Map.of("PATH", "/usr/sbin:/usr/bin:/sbin:/bin"));
    return pb.start();
  }

  private static String value(String unit, String key) {
    Matcher m = Pattern.compile("(?m)^" + key + "=(.*)$").matcher(unit);
    assertThat(m.find()).as(key + "= in the unit").isTrue();
    return m.group(1).strip();
  }

  private static HttpResponse<String> get(HttpClient http, URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
