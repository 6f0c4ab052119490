package org.scanstation.simulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.scanstation.simulator.backend.BackendSettings;
import org.scanstation.simulator.backend.CarrierSettings;
import org.scanstation.simulator.backend.SimulatedBackend;
import org.scanstation.simulator.backend.WebhookSettings;
import org.scanstation.simulator.printer.PrinterFault;
import org.scanstation.simulator.printer.PrinterSettings;
import org.scanstation.simulator.printer.SimulatedPrinter;

/** The admin endpoint over real HTTP, switching a real printer's and backend's faults. */
class AdminServerIT {
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> call(URI base, String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest r =
        HttpRequest.newBuilder(base.resolve(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(r, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void armsWebhookFaultsAndShowsTheCarriersTruth() throws Exception {
    BackendSettings settings =
        BackendSettings.withApiKey("k")
            .withCarrier(CarrierSettings.scanning(1, Duration.ZERO))
            .withWebhooks(WebhookSettings.to(URI.create("http://127.0.0.1:9/"), "secret-1"));
    try (SimulatedBackend backend =
            SimulatedBackend.start(InetAddress.getLoopbackAddress(), 0, settings);
        AdminServer admin = AdminServer.start(new BackendControl(backend), 0)) {
      URI base = admin.uri();
      call(base, "POST", "/faults/webhook-duplicate?value=2", null);
      call(base, "POST", "/faults/webhook-bad-signature", null);
      assertThat(backend.webhooks().describe())
          .isEqualTo("bad-signature 1, duplicate 2, out-of-order 0");
      call(base, "DELETE", "/faults/webhook-duplicate", null);
      assertThat(backend.webhooks().describe()).contains("duplicate 0");
      call(base, "DELETE", "/faults", null);
      assertThat(backend.webhooks().describe()).contains("bad-signature 0");
      HttpResponse<String> status = call(base, "GET", "/status", null);
      assertThat(status.body())
          .contains("\"carrier\"")
          .contains("\"neverScanned\"")
          .contains("\"webhooks\"")
          .doesNotContain("secret-1");
      assertThat(call(base, "POST", "/faults/webhook-burst?value=x", null).statusCode())
          .isEqualTo(400);
    }
  }

  @Test
  void switchesPrinterFaults() throws Exception {
    try (SimulatedPrinter printer =
            SimulatedPrinter.onTcp(
                InetAddress.getLoopbackAddress(), 0, PrinterSettings.defaults());
        AdminServer admin = AdminServer.start(new PrinterControl(printer), 0)) {
      URI base = admin.uri();
      HttpResponse<String> status = call(base, "GET", "/status", null);
      assertThat(status.statusCode()).isEqualTo(200);
      assertThat(status.body()).contains("\"faults\" : [ ]").contains("\"formatsReceived\" : 0");
      assertThat(call(base, "POST", "/faults/paper-out", null).body())
          .contains("\"faults\" : [ \"paper-out\" ]");
      call(base, "POST", "/faults/head-open?value=on", null);
      assertThat(printer.faults()).containsOnly(PrinterFault.PAPER_OUT, PrinterFault.HEAD_OPEN);
      call(base, "DELETE", "/faults/paper-out", null);
      assertThat(printer.faults()).containsOnly(PrinterFault.HEAD_OPEN);
      call(base, "DELETE", "/faults", null);
      assertThat(printer.faults()).isEmpty();
      HttpResponse<String> bad = call(base, "POST", "/faults/on-fire", null);
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(bad.body()).contains("unknown printer fault 'on-fire'").contains("paper-out");
      assertThat(call(base, "GET", "/received", null).body()).isEqualTo("[ ]");
      assertThat(call(base, "GET", "/nowhere", null).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void aParameterARequestDoesNotTakeOrOneGivenTwiceIsA400NamingIt() throws Exception {
    try (SimulatedPrinter printer =
            SimulatedPrinter.onTcp(
                InetAddress.getLoopbackAddress(), 0, PrinterSettings.defaults());
        AdminServer admin = AdminServer.start(new PrinterControl(printer), 0)) {
      URI base = admin.uri();
      HttpResponse<String> misspelt = call(base, "POST", "/faults/paper-out?valeu=off", null);
      assertThat(misspelt.statusCode()).isEqualTo(400);
      assertThat(misspelt.body()).contains("unknown parameter 'valeu'; allowed: value");
      HttpResponse<String> twice = call(base, "POST", "/faults/paper-out?value=on&value=off", null);
      assertThat(twice.statusCode()).isEqualTo(400);
      assertThat(twice.body()).contains("parameter 'value' is given twice");
      assertThat(printer.faults()).isEmpty();

      call(base, "POST", "/faults/paper-out", null);
      HttpResponse<String> clear = call(base, "DELETE", "/faults/paper-out?value=on", null);
      assertThat(clear.statusCode()).isEqualTo(400);
      assertThat(clear.body()).contains("unknown parameter 'value'; this takes no parameters");
      assertThat(call(base, "DELETE", "/faults?all=yes", null).statusCode()).isEqualTo(400);
      assertThat(printer.faults()).containsOnly(PrinterFault.PAPER_OUT);
      assertThat(call(base, "GET", "/status?verbose", null).body())
          .contains("unknown parameter 'verbose'");
      assertThat(call(base, "GET", "/received?since=1", null).statusCode()).isEqualTo(400);
    }
  }

  @Test
  void aLatencyWithoutAUnitIsRefusedLikeTheStationWould() throws Exception {
    try (SimulatedBackend backend =
            SimulatedBackend.start(
                InetAddress.getLoopbackAddress(), 0, BackendSettings.withApiKey("k"));
        AdminServer admin = AdminServer.start(new BackendControl(backend), 0)) {
      HttpResponse<String> plain = call(admin.uri(), "POST", "/faults/latency?value=3", null);
      assertThat(plain.statusCode()).isEqualTo(400);
      assertThat(plain.body()).contains("latency '3' is not a duration; write 250ms, 30s");
      assertThat(backend.faults().latency()).isZero();
      call(admin.uri(), "POST", "/faults/latency", "PT0.25S");
      assertThat(backend.faults().latency()).isEqualTo(Duration.ofMillis(250));
    }
  }

  @Test
  void switchesBackendFaults() throws Exception {
    try (SimulatedBackend backend =
            SimulatedBackend.start(
                InetAddress.getLoopbackAddress(), 0, BackendSettings.withApiKey("k"));
        AdminServer admin = AdminServer.start(new BackendControl(backend), 0)) {
      URI base = admin.uri();
      call(base, "POST", "/faults/fail-rate?value=0.25@503", null);
      call(base, "POST", "/faults/latency", "150ms");
      call(base, "POST", "/faults/create-then-drop", null);
      assertThat(backend.faults().failRate()).isEqualTo(0.25);
      assertThat(backend.faults().failStatuses()).containsExactly(503);
      assertThat(backend.faults().latency()).isEqualTo(Duration.ofMillis(150));
      assertThat(backend.faults().createsToDrop()).isEqualTo(1);
      call(base, "POST", "/faults/create-then-drop?value=always", null);
      assertThat(backend.faults().createsToDrop()).isEqualTo(Integer.MAX_VALUE);
      call(base, "POST", "/faults/throttle?value=5", null);
      assertThat(backend.faults().throttlePerSecond()).isEqualTo(5);
      call(base, "DELETE", "/faults/throttle", null);
      assertThat(backend.faults().throttlePerSecond()).isZero();
      HttpResponse<String> refused = call(base, "POST", "/faults/refuse-connections", null);
      assertThat(refused.body()).contains("\"refusingConnections\" : true");
      assertThat(call(base, "POST", "/faults/latency?value=soon", null).statusCode())
          .isEqualTo(400);
      call(base, "DELETE", "/faults", null);
      assertThat(backend.faults().failRate()).isZero();
      assertThat(backend.faults().refusingConnections()).isFalse();
      assertThat(call(base, "GET", "/status", null).body()).contains("/tracking/2024-04");
    }
  }
}
