package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code station listen} against real sockets and the real (absent) USB bus. */
class ListenCommandIT {
  private static final String SCAN = "9400111899223197428497";

  private static JsonNode json(String line) {
    return JsonMapper.shared().readTree(line);
  }

  @Test
  void printsEachScanFromANetworkScannerAsAJsonLine() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(10_000);
      CompletableFuture<Void> nport =
          CompletableFuture.runAsync(
              () ->
                  serve(
                      server,
                      "42010001\u001D"
                          + SCAN
                          + "\r"
                          + SCAN
                          + "\r"
                          + "x".repeat(600)
                          + "\r"
                          + SCAN
                          + "\r"));
      // flush=false: the server writes at once on accept, which a flush on open would discard.
      String uri = "tcp://127.0.0.1:" + server.getLocalPort() + "?flush=false";
      CliRun r = CliRun.run("listen", "--scanner", uri, "--count", "3", "--duration", "20s");
      nport.get();
      assertThat(r.exit()).as(r.err()).isZero();
      List<String> lines = r.outLines();
      assertThat(json(lines.get(0)).get("status").asString()).isEqualTo("CONNECTED");
      JsonNode first = json(lines.get(1));
      assertThat(first.get("scanner").asString()).isEqualTo(uri);
      assertThat(first.get("text").asString()).isEqualTo("42010001\u001D" + SCAN);
      assertThat(first.get("hex").asString()).startsWith("34323031303030311d39343030");
      assertThat(Instant.parse(first.get("receivedAt").asString()))
          .isBeforeOrEqualTo(Instant.now());
      assertThat(first.has("symbology")).isFalse();
      assertThat(lines.get(1)).startsWith("{\"scanner\":\"" + uri + "\",\"text\":");
      assertThat(lines).filteredOn(l -> l.contains("\"error\":\"FRAME_TOO_LONG\"")).hasSize(1);
      assertThat(lines).filteredOn(l -> l.contains("\"text\":\"" + SCAN + "\"")).hasSize(2);
      assertThat(json(lines.get(lines.size() - 1)).get("status").asString()).isEqualTo("CLOSED");
    }
  }

  private static void serve(ServerSocket server, String scans) {
    try (Socket s = server.accept()) {
      OutputStream out = s.getOutputStream();
      out.write(scans.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      // Hold the connection until the station has read and closed it.
      s.getInputStream().read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aUsbScannerThatIsNotThereIsReportedAndTheCommandStillEnds() {
    CliRun r = CliRun.run("listen", "--scanner", "usb:ffff:fffe", "--duration", "300ms");
    assertThat(r.exit()).isZero();
    JsonNode status = json(r.outLines().get(0));
    assertThat(status.get("status").asString()).isEqualTo("DISCONNECTED");
    assertThat(status.get("detail").asString()).contains("USB device ffff:fffe is not connected");
    assertThat(json(r.outLines().get(r.outLines().size() - 1)).get("status").asString())
        .isEqualTo("CLOSED");
  }

  @Test
  void tooFewScansWithinTheDurationExitOne() {
    CliRun r =
        CliRun.run("listen", "--scanner", "usb:ffff:fffe", "--count", "1", "--duration", "200ms");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("0 of 1 scans arrived within PT0.2S");
  }

  @Test
  void aBadUriIsAUsageErrorThatNamesIt() {
    CliRun r = CliRun.run("listen", "--scanner", "serial:/dev/x?suffix=ETX");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("scanner URI 'serial:/dev/x?suffix=ETX'").contains("suffix=ETX");
    CliRun d = CliRun.run("listen", "--scanner", "usb:05e0:1200", "--duration", "soon");
    assertThat(d.exit()).isEqualTo(2);
    assertThat(d.err()).contains("'soon' is not a duration");
  }
}
