package org.scanstation.simulator.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scanstation.simulator.SimulatorException;
import org.scanstation.simulator.pty.SocatPty;
import org.scanstation.simulator.testing.SerialTestPort;

/** The scanner on a socat pty, read through jSerialComm exactly as the station reads it. */
class ScannerPtyIT {
  private static final String NUMBER = "9400111899223197428497";

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(ScanSuffix.class)
  void sendsScansWithTheConfiguredSuffix(ScanSuffix suffix) {
    Path path = dir.resolve("scanner");
    ScannerSettings s = ScannerSettings.defaults().withSuffix(suffix);
    try (SimulatedScanner scanner = SimulatedScanner.onPty(path, s);
        SerialTestPort port = SerialTestPort.open(path)) {
      assertThat(scanner.scan(NUMBER)).isTrue();
      assertThat(scanner.scan("420926121\u001D" + NUMBER)).isTrue();
      String sfx = new String(suffix.bytes(), java.nio.charset.StandardCharsets.US_ASCII);
      String expected = NUMBER + sfx + "420926121\u001D" + NUMBER + sfx;
      assertThat(port.awaitReceived(expected)).isEqualTo(expected);
    }
  }

  @Test
  void prefixesFragmentsAndJunk() {
    Path path = dir.resolve("scanner");
    ScannerSettings s =
        ScannerSettings.defaults()
            .withAimPrefix("]C1")
            .withFragments(4, Duration.ofMillis(5))
            .withJunkEvery(2);
    try (SimulatedScanner scanner = SimulatedScanner.onPty(path, s);
        SerialTestPort port = SerialTestPort.open(path)) {
      assertThat(scanner.play(List.of("111", "222", "333"), 50)).isEqualTo(3);
      String got = port.awaitReceived("]C1333\r");
      String[] lines = got.split("\r");
      assertThat(lines).hasSize(4);
      assertThat(lines[0]).isEqualTo("]C1111");
      assertThat(lines[1]).doesNotContainPattern("[0-9]");
      assertThat(lines[2]).isEqualTo("]C1222");
      assertThat(lines[3]).isEqualTo("]C1333");
      assertThat(scanner.junkLinesSent()).isEqualTo(1);
      assertThat(scanner.scansSent()).isEqualTo(3);
    }
  }

  @Test
  void unplugRemovesThePathAndReplugBringsItBack() {
    Path path = dir.resolve("scanner");
    try (SimulatedScanner scanner = SimulatedScanner.onPty(path, ScannerSettings.defaults())) {
      try (SerialTestPort port = SerialTestPort.open(path)) {
        scanner.scan("1");
        port.awaitReceived("1\r");
        scanner.unplug();
        assertThat(path).doesNotExist();
        assertThat(scanner.pluggedIn()).isFalse();
        assertThat(scanner.scan("lost")).isFalse();
        assertThat(scanner.scansLost()).isEqualTo(1);
      }
      scanner.replug();
      assertThat(Files.isSymbolicLink(path)).isTrue();
      try (SerialTestPort port = SerialTestPort.open(path)) {
        scanner.scan("2");
        assertThat(port.awaitReceived("2\r")).isEqualTo("2\r");
      }
    }
    assertThat(path).doesNotExist();
  }

  @Test
  void receivesWhatTheStationSends() {
    Path path = dir.resolve("scanner");
    try (SimulatedScanner scanner = SimulatedScanner.onPty(path, ScannerSettings.defaults());
        SerialTestPort port = SerialTestPort.open(path)) {
      port.write("BEEP\r");
      org.awaitility.Awaitility.await()
          .until(() -> new String(scanner.receivedFromStation()).equals("BEEP\r"));
    }
  }

  @Test
  void saysClearlyWhenSocatIsMissing() {
    assertThatThrownBy(() -> SocatPty.open(dir.resolve("x"), "/nonexistent/socat"))
        .isInstanceOf(SimulatorException.class)
        .hasMessageContaining("socat is missing")
        .hasMessageContaining("apt-get install socat");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void refusesAPathItMustNotTake() throws Exception {
    Path file = Files.writeString(dir.resolve("file"), "keep me");
    assertThatThrownBy(() -> SocatPty.open(file)).hasMessageContaining("not a pty link");
    assertThat(file).hasContent("keep me");
    assertThatThrownBy(() -> SocatPty.open(dir.resolve("a,b"))).hasMessageContaining("','");
    assertThatThrownBy(() -> SocatPty.open(dir.resolve("no/such/dir")))
        .hasMessageContaining("no directory");
    try (SocatPty first = SocatPty.open(dir.resolve("busy"))) {
      assertThatThrownBy(() -> SocatPty.open(dir.resolve("busy"))).hasMessageContaining("in use");
      assertThat(first.isOpen()).isTrue();
    }
  }
}
