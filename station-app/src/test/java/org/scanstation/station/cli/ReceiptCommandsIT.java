package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.acceptance.FixedLabels;
import org.scanstation.station.app.LocalStation;
import org.scanstation.station.app.RunningStation;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.store.ManifestFixture;
import org.scanstation.station.store.StationStore;

/**
 * {@code station receipt} and {@code station verify-receipt} end to end: a receipt written from the
 * store, or through a running station, verifies offline against the manifest's root; any edit of
 * the file fails and says what; parcels without a receipt say why.
 */
class ReceiptCommandsIT {
  private static final Map<String, String> ENV =
      Map.of(
          "STATION_HTTP_PORT", "0",
          "STATION_SUPERVISOR_PIN", "2468",
          "STATION_SYNC_ENABLED", "false");

  @TempDir Path dataDir;
  @TempDir Path work;

  private static String number(int i) {
    return Mod10.withCheckDigit("94001899223" + String.format("%010d", i));
  }

  private void accept(int from, int n) {
    try (LocalStation station =
        new LocalStation(
            StationStore.open(dataDir),
            StationConfig.load(null, ENV),
            new FixedLabels(),
            Clock.systemUTC())) {
      for (int i = from; i < from + n; i++) {
        station.accept(number(i), "ana", "desk-1");
      }
    }
  }

  private ManifestFixture.Closed closeManifest() {
    try (StationStore store = StationStore.open(dataDir)) {
      return ManifestFixture.close(store, Instant.now());
    }
  }

  private CliRun station(String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.add("--data-dir");
    all.add(dataDir.toString());
    return CliRun.run(new byte[0], ENV, all.toArray(String[]::new));
  }

  private static CliRun verify(Path file, String... options) {
    List<String> all = new ArrayList<>(List.of("verify-receipt", file.toString()));
    all.addAll(Arrays.asList(options));
    return CliRun.run(all.toArray(String[]::new));
  }

  private static String keyOf(CliRun receipt) {
    String marker = "signed by station key ";
    int at = receipt.err().indexOf(marker) + marker.length();
    return receipt.err().substring(at, at + 64);
  }

  @Test
  void aReceiptWrittenFromTheStoreVerifiesOfflineAndAnyEditFailsSayingWhat() throws Exception {
    accept(0, 5);
    ManifestFixture.Closed m = closeManifest();
    Path file = work.resolve("receipt.json");

    CliRun written = station("receipt", number(3), "--out", file.toString());
    assertThat(written.exit()).as(written.err()).isZero();
    assertThat(written.err())
        .contains("piece 4 of 5 on manifest " + m.id() + " (root " + m.root() + ")");
    String key = keyOf(written);
    assertThat(Files.readString(file)).startsWith("{\n  \"format\" : \"scan-station-receipt/2\"");

    CliRun holds = verify(file, "--root", m.root());
    assertThat(holds.exit()).as(holds.err()).isZero();
    assertThat(holds.outLines().get(0)).isEqualTo("HOLDS");
    assertThat(holds.out()).contains(number(3)).contains("piece 4 of 5").contains("not checked");
    CliRun withKey = verify(file, "--root", m.root(), "--key", key.toUpperCase());
    assertThat(withKey.exit()).as(withKey.err()).isZero();
    assertThat(withKey.out()).contains("(the key given with --key)");

    Path tampered = work.resolve("tampered.json");
    Files.writeString(tampered, Files.readString(file).replace("\"ana\"", "\"eve\""));
    CliRun fails = verify(tampered, "--root", m.root(), "--key", key);
    assertThat(fails.exit()).isEqualTo(1);
    assertThat(fails.out().strip()).isEqualTo("FAILS");
    assertThat(fails.err())
        .contains("acceptance fields do not match their hash")
        .contains("signature does not match: a field was changed after signing");

    CliRun wrongRoot = verify(file, "--root", "0".repeat(64));
    assertThat(wrongRoot.exit()).isEqualTo(1);
    assertThat(wrongRoot.err()).contains("the root differs from the stamped one");
  }

  @Test
  void theStationKeepsOneKeyAcrossReceiptsAndARunningStationWritesTheSameReceipt()
      throws Exception {
    accept(0, 3);
    ManifestFixture.Closed m = closeManifest();
    Path direct = work.resolve("direct.json");
    CliRun first = station("receipt", number(0), "--out", direct.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.err()).contains("opened store");

    CliRun viaApi;
    try (RunningStation running =
        RunningStation.start(dataDir, StationConfig.load(null, ENV), ENV)) {
      viaApi = station("receipt", number(0));
    }

    assertThat(viaApi.exit()).as(viaApi.err()).isZero();
    assertThat(viaApi.err()).contains("used the running station");
    assertThat(keyOf(viaApi)).isEqualTo(keyOf(first));
    assertThat(viaApi.out()).isEqualTo(Files.readString(direct, StandardCharsets.UTF_8));
    Path file = work.resolve("api.json");
    Files.writeString(file, viaApi.out());
    assertThat(verify(file, "--root", m.root(), "--key", keyOf(first)).exit()).isZero();
  }

  @Test
  void aReceiptPdfOnEitherPaperShowsTheNumberTheRootAndTheKeyAndIsTheSameEachTime()
      throws Exception {
    accept(0, 4);
    ManifestFixture.Closed m = closeManifest();
    Path letter = work.resolve("receipt.pdf");
    Path a4 = work.resolve("receipt-a4.pdf");
    Path again = work.resolve("again.pdf");

    CliRun written = station("receipt", number(2), "--format", "pdf", "--out", letter.toString());
    assertThat(written.exit()).as(written.err()).isZero();
    assertThat(
            station(
                    "receipt",
                    number(2),
                    "--format",
                    "pdf",
                    "--paper",
                    "a4",
                    "--out",
                    a4.toString())
                .exit())
        .isZero();
    assertThat(station("receipt", number(2), "--format", "pdf", "--out", again.toString()).exit())
        .isZero();

    String key = keyOf(written);
    for (Path file : List.of(letter, a4)) {
      String text = text(Files.readAllBytes(file));
      assertThat(text)
          .as(file.toString())
          .contains(number(2).replaceAll("(.{4})(?!$)", "$1 "))
          .contains(m.root())
          .contains(key)
          .contains(m.id())
          .contains("3 of 4");
    }
    assertThat(paperSize(letter)).containsExactly(612f, 792f);
    assertThat(paperSize(a4)).containsExactly(595.28f, 841.89f);
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(letter));
  }

  private static String text(byte[] pdf) throws java.io.IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    }
  }

  private static List<Float> paperSize(Path pdf) throws java.io.IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument doc =
        org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(pdf))) {
      org.apache.pdfbox.pdmodel.common.PDRectangle box = doc.getPage(0).getMediaBox();
      return List.of(box.getWidth(), box.getHeight());
    }
  }

  @Test
  void parcelsWithoutAReceiptAndBadInputSayWhy() throws Exception {
    accept(0, 2);
    closeManifest();
    accept(2, 1);

    CliRun open = station("receipt", number(2));
    assertThat(open.exit()).isEqualTo(1);
    assertThat(open.err()).contains("is not on a closed manifest yet: close the manifest first");
    CliRun unknown = station("receipt", number(99));
    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err()).contains("no parcel '" + number(99) + "' was accepted here");
    CliRun pdfToTerminal = station("receipt", number(0), "--format", "pdf");
    assertThat(pdfToTerminal.exit()).isEqualTo(StationCli.USAGE);
    assertThat(pdfToTerminal.err()).contains("--format pdf needs --out FILE");
    CliRun paperForJson = station("receipt", number(0), "--paper", "a4");
    assertThat(paperForJson.exit()).isEqualTo(StationCli.USAGE);
    assertThat(paperForJson.err()).contains("--paper is for --format pdf");

    Path file = work.resolve("r.json");
    Files.writeString(file, "{\"format\":");
    CliRun malformed = verify(file, "--root", "a".repeat(64));
    assertThat(malformed.exit()).isEqualTo(1);
    assertThat(malformed.err())
        .contains(
            "malformed receipt: Unexpected end-of-input within/between Object entries at line 1, column 11");
    assertThat(verify(file, "--root", "abc").exit()).isEqualTo(StationCli.USAGE);
    CliRun missing = verify(work.resolve("nope.json"), "--root", "a".repeat(64));
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("cannot read the receipt");
  }
}
