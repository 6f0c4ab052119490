package org.scanstation.station.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.domain.receipt.ReceiptVerdict;
import org.scanstation.station.receipts.ReceiptFile;
import org.scanstation.station.store.ManifestFixture;
import tools.jackson.databind.json.JsonMapper;

/** The supervisor page's receipt download over real HTTP: behind the PIN, and checkable offline. */
class ReceiptPageIT {
  @TempDir Path dir;
  private TestStation station;
  private String onManifest;
  private String open;
  private String root;

  @BeforeEach
  void start() {
    station = new TestStation(dir, Map.of());
    CarrierHistory history = new CarrierHistory(station.station);
    Instant at = Instant.parse("2026-12-01T08:00:00Z");
    onManifest = history.acceptedAt("940011189922319742850", at);
    history.acceptedAt("940011189922319742851", at.plusSeconds(1));
    root = ManifestFixture.close(station.station.station().store(), at).root();
    open = history.acceptedAt("940011189922319742852", at.plusSeconds(2));
  }

  @AfterEach
  void stop() {
    station.close();
  }

  private HttpResponse<String> get(String number, String pin) throws Exception {
    var r = station.request("/ui/supervisor/parcels/" + number + "/receipt.json").GET();
    if (pin != null) {
      r.header("X-Supervisor-Pin", pin);
    }
    return station.send(r);
  }

  @Test
  void theReceiptIsAFileThatHoldsAgainstTheManifestsRoot() throws Exception {
    HttpResponse<String> r = get(onManifest, TestStation.PIN);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=receipt.json");
    ReceiptVerdict v = ReceiptFile.check(r.body().getBytes(StandardCharsets.UTF_8), root, null);
    assertThat(v).isInstanceOf(ReceiptVerdict.Holds.class);
  }

  @Test
  void withoutThePinNoReceiptAndAParcelOnNoManifestSaysWhy() throws Exception {
    HttpResponse<String> refused = get(onManifest, "0000");
    HttpResponse<String> notYet = get(open, TestStation.PIN);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).doesNotContain(onManifest);
    assertThat(notYet.statusCode()).isEqualTo(400);
    assertThat(JsonMapper.shared().readTree(notYet.body()).get("error").asString())
        .contains("close the manifest first");
  }
}
