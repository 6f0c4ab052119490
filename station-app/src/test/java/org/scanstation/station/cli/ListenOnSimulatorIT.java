package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.simulator.scanner.ScanSuffix;
import org.scanstation.simulator.scanner.ScannerSettings;
import org.scanstation.simulator.scanner.SimulatedScanner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code station listen} driving the real scanner drivers against the simulator's scanner, on a
 * socat pty and behind a TCP serial server, exactly as it would drive hardware.
 */
class ListenOnSimulatorIT {
  private static final String SCAN = "9400111899223197428497";

  @TempDir Path dir;

  /** {@code station listen} running in the background, its output readable while it runs. */
  private static final class Listening {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CompletableFuture<Integer> exit;

    Listening(String... args) {
      CliContext context =
          new CliContext(
              new ByteArrayInputStream(new byte[0]),
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8),
              Map.of());
      exit = CompletableFuture.supplyAsync(() -> StationCli.run(context, args));
    }

    List<JsonNode> lines() {
      String text;
      synchronized (out) {
        text = out.toString(StandardCharsets.UTF_8);
      }
      List<JsonNode> lines = new ArrayList<>();
      // The last line may still be being written.
      text.lines()
          .filter(l -> l.endsWith("}"))
          .forEach(l -> lines.add(JsonMapper.shared().readTree(l)));
      return lines;
    }

    long count(String status) {
      return lines().stream()
          .filter(l -> l.has("status") && l.get("status").asString().equals(status))
          .count();
    }

    List<String> texts() {
      return lines().stream()
          .filter(l -> l.has("text"))
          .map(l -> l.get("text").asString())
          .toList();
    }

    int exit() throws Exception {
      return exit.get(30, TimeUnit.SECONDS);
    }

    String err() {
      return err.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void framesFragmentedScansWithJunkLinesFromAPtyScanner() throws Exception {
    ScannerSettings settings =
        ScannerSettings.defaults()
            .withSuffix(ScanSuffix.CRLF)
            .withFragments(3, Duration.ofMillis(1))
            .withJunkEvery(4);
    Path path = dir.resolve("ttyScanner");
    try (SimulatedScanner scanner = SimulatedScanner.onPty(path, settings)) {
      Listening listen =
          new Listening(
              "listen",
              "--scanner",
              "serial:" + path + "?suffix=CRLF",
              "--count",
              "12",
              "--duration",
              "30s");
      await().until(() -> listen.count("CONNECTED") == 1);
      List<String> sent = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        String s = "42010001\u001D" + SCAN.substring(0, 19) + String.format("%03d", i);
        sent.add(s);
        assertThat(scanner.scan(s)).isTrue();
      }
      assertThat(listen.exit()).as(listen.err()).isZero();
      List<String> texts = listen.texts();
      assertThat(texts).hasSize(12);
      assertThat(texts.stream().filter(sent::contains).toList()).isEqualTo(sent);
      assertThat(texts.stream().filter(t -> !sent.contains(t)))
          .hasSize((int) scanner.junkLinesSent())
          .allSatisfy(t -> assertThat(t).doesNotContainPattern("[0-9\u001D]"));
    }
  }

  @Test
  void keepsListeningThroughAnUnplugAndReplug() throws Exception {
    Path path = dir.resolve("ttyScanner");
    try (SimulatedScanner scanner = SimulatedScanner.onPty(path, ScannerSettings.defaults())) {
      Listening listen =
          new Listening(
              "listen", "--scanner", "serial:" + path, "--count", "2", "--duration", "30s");
      await().until(() -> listen.count("CONNECTED") == 1);
      scanner.scan("A" + SCAN);
      await().until(() -> listen.texts().size() == 1);
      scanner.unplug();
      await().until(() -> listen.count("DISCONNECTED") == 1);
      scanner.replug();
      await().until(() -> listen.count("CONNECTED") == 2);
      scanner.scan("B" + SCAN);
      assertThat(listen.exit()).as(listen.err()).isZero();
      List<String> events =
          listen.lines().stream()
              .map(
                  l ->
                      l.has("text")
                          ? l.get("text").asString()
                          : l.path("status").asString(l.path("error").asString()))
              .toList();
      assertThat(events)
          .containsExactly(
              "CONNECTED", "A" + SCAN, "DISCONNECTED", "CONNECTED", "B" + SCAN, "CLOSED");
    }
  }

  @Test
  void takesABurstOfAThousandScansFromATcpSerialServer() throws Exception {
    ScannerSettings settings = ScannerSettings.defaults().withSuffix(ScanSuffix.LF);
    try (SimulatedScanner scanner =
        SimulatedScanner.onTcp(InetAddress.getLoopbackAddress(), 0, settings)) {
      Listening listen =
          new Listening(
              "listen",
              "--scanner",
              "tcp://127.0.0.1:" + scanner.port() + "?suffix=LF",
              "--count",
              "1000",
              "--duration",
              "60s");
      await().until(() -> listen.count("CONNECTED") == 1);
      List<String> sent = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        String s = SCAN.substring(0, 17) + String.format("%05d", i);
        sent.add(s);
        scanner.scan(s);
      }
      assertThat(listen.exit()).as(listen.err()).isZero();
      assertThat(listen.texts()).isEqualTo(sent);
      assertThat(scanner.scansLost()).isZero();
    }
  }
}
