package org.scanstation.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.simulator.testing.ApiClient;
import org.scanstation.simulator.testing.SerialTestPort;
import org.scanstation.simulator.testing.ZebraClient;

/** Runs the shaded {@code target/simulator.jar} as a technician would. */
class SimulatorJarIT {
  @TempDir Path dir;

  @Test
  void theJarHasHelpAndAVersion() throws Exception {
    try (JarProcess p = JarProcess.start("--help")) {
      assertThat(p.exit()).isZero();
      assertThat(String.join("\n", p.rest())).contains("printer", "backend", "scanner", "shift");
      assertThat(p.stderr()).isEmpty();
    }
    try (JarProcess p = JarProcess.start("--version")) {
      p.awaitLine("^simulator 0\\.");
      assertThat(p.exit()).isZero();
    }
  }

  @Test
  void aPrinterAnswersOnItsPortAndItsAdminEndpointUntilQuit() throws Exception {
    try (JarProcess p = JarProcess.start("printer", "--fault", "paper-out")) {
      int port =
          Integer.parseInt(
              p.awaitLine("printer: listening on tcp 127\\.0\\.0\\.1:(\\d+)").group(1));
      URI admin = URI.create(p.awaitLine("admin: (http://\\S+)").group(1));
      try (ZebraClient c = new ZebraClient(port)) {
        assertThat(c.hostStatus()).startsWith("\u0002030,1,0,");
      }
      HttpResponse<String> cleared =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(admin.resolve("/faults/paper-out")).DELETE().build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(cleared.body()).contains("\"faults\" : [ ]");
      p.send("quit");
      assertThat(p.exit()).isZero();
      assertThat(p.stderr()).doesNotContain("DEBUG");
    }
  }

  @Test
  void aBackendTakesItsKeyFromTheEnvironmentAndNeverPrintsIt() throws Exception {
    String key = "secret-key-4711";
    try (JarProcess p =
        JarProcess.start(List.of(), Map.of(BackendCommand.API_KEY_ENV, key), "backend")) {
      URI base = URI.create(p.awaitLine("backend: (http://\\S+/tracking/2024-04)").group(1));
      ApiClient api = new ApiClient(base, key);
      assertThat(api.create("9400111899223197428497").status()).isEqualTo(201);
      assertThat(new ApiClient(base, "wrong").create("9400111899223197428497").status())
          .isEqualTo(401);
      p.send("received");
      p.awaitLine("<redacted>");
      p.send("quit");
      assertThat(p.exit()).isZero();
      assertThat(String.join("\n", p.rest()) + p.stderr()).doesNotContain(key);
    }
  }

  @Test
  void aScannerServesTcpAndAPty() throws Exception {
    try (JarProcess p = JarProcess.start("scanner", "--tcp", "0", "--suffix", "lf")) {
      Matcher m = p.awaitLine("scanner: tcp serial server on 127\\.0\\.0\\.1:(\\d+)");
      try (Socket station =
          new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(m.group(1)))) {
        station.setSoTimeout(5000);
        await() // the accept thread registers the station shortly after the TCP handshake
            .until(
                () -> {
                  p.send(":status");
                  return p.nextLine().contains("connections 1");
                });
        p.send("420926121<GS>9400111899223197428497");
        InputStream in = station.getInputStream();
        assertThat(new String(in.readNBytes(33), StandardCharsets.ISO_8859_1))
            .isEqualTo("420926121\u001D9400111899223197428497\n");
      }
      p.send(":quit");
      assertThat(p.exit()).isZero();
    }
    Path pty = dir.resolve("scanner");
    try (JarProcess p = JarProcess.start("scanner", "--pty", pty.toString())) {
      p.awaitLine("scanner: serial port " + pty);
      try (SerialTestPort port = SerialTestPort.open(pty)) {
        p.send("9400111899223197428497");
        assertThat(port.awaitReceived("\r")).isEqualTo("9400111899223197428497\r");
      }
    } // closing the process (SIGTERM) must remove the pty
    await().until(() -> !pty.toFile().exists());
  }

  @Test
  void aShiftPlaysThroughAPtyAndWritesExpectations() throws Exception {
    Path pty = dir.resolve("shift");
    Path expected = dir.resolve("expected.jsonl");
    try (JarProcess p =
        JarProcess.start(
            "shift",
            "--pty",
            pty.toString(),
            "--parcels",
            "5",
            "--rate",
            "50",
            "--start-delay",
            "1s",
            "--linger",
            "1s",
            "--expected",
            expected.toString())) {
      await().until(() -> pty.toFile().exists());
      try (SerialTestPort port = SerialTestPort.open(pty)) {
        assertThat(port.awaitCount(5, '\r').split("\r")).hasSize(5);
      }
      assertThat(p.exit()).isZero();
    }
    List<String> lines = java.nio.file.Files.readAllLines(expected);
    assertThat(lines).hasSize(5).allMatch(l -> l.contains("\"delivered\":true"));
  }
}
