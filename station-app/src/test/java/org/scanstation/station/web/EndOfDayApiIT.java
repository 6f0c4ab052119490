package org.scanstation.station.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.api.ManifestCloseOutcome;
import org.scanstation.station.api.ManifestCloseRequest;
import org.scanstation.station.app.LocalStation;
import org.scanstation.station.domain.receipt.ReceiptSignatures;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.store.ReceiptKey;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The end-of-day panel's routes over real HTTP against a running station: behind the supervisor
 * PIN, refused to another site's page, the documents real PDFs that name their manifest, ids and
 * papers checked before anything is read.
 */
class EndOfDayApiIT {
  private static final String CERTIFIED = Mod10.withCheckDigit("940011189922300000061");
  private static final String N2 = Mod10.withCheckDigit("940011189922300000062");
  private static final String N3 = Mod10.withCheckDigit("940011189922300000063");

  @TempDir Path dir;
  private TestStation station;
  private LocalStation local;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    station = new TestStation(dir, EndOfDayFixture.ENV);
    local = station.station.station();
  }

  @AfterEach
  void stop() {
    station.close();
  }

  private void accept(String n) {
    assertThat(local.accept(n, "ana", "desk").result()).isEqualTo("ACCEPTED");
  }

  private String close() {
    ManifestCloseOutcome out =
        local.closeManifest(
            new ManifestCloseRequest(null, null, null, null, "sup", TestStation.PIN));
    assertThat(out.closed()).isTrue();
    return out.manifest().id();
  }

  private HttpResponse<byte[]> get(String path, String pin, String... headers) throws Exception {
    HttpRequest.Builder b = station.request(path).header("X-Supervisor-Id", "sup");
    if (pin != null) {
      b.header("X-Supervisor-Pin", pin);
    }
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static JsonNode json(HttpResponse<byte[]> r) {
    return JsonMapper.shared().readTree(new String(r.body(), StandardCharsets.UTF_8));
  }

  private static String body(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  @Test
  void theOpenManifestCountsWhatWaitsByServiceBehindThePin() throws Exception {
    EndOfDayFixture.importCertified(local, CERTIFIED, "Ada");
    accept(CERTIFIED);
    accept(N2);
    accept(N3);

    assertThat(get("/ui/supervisor/end-of-day", null).statusCode()).isEqualTo(403);
    assertThat(get("/ui/supervisor/end-of-day", "1111").statusCode()).isEqualTo(403);

    HttpResponse<byte[]> r = get("/ui/supervisor/end-of-day", TestStation.PIN);
    assertThat(r.statusCode()).as(body(r)).isEqualTo(200);
    JsonNode open = json(r).get("open");
    assertThat(open.get("pieces").asInt()).isEqualTo(3);
    assertThat(open.get("byService").get("priority-mail").asInt()).isEqualTo(1);
    assertThat(open.get("byService").get("unknown").asInt()).isEqualTo(2);
    assertThat(open.get("oldestAcceptedAt").asString())
        .isEqualTo(String.valueOf(local.show(CERTIFIED).orElseThrow().acceptance().acceptedAt()));
    assertThat(json(r).get("closed")).isEmpty();

    String id = close();
    JsonNode after = json(get("/ui/supervisor/end-of-day", TestStation.PIN));
    assertThat(after.get("open").get("pieces").asInt()).isZero();
    assertThat(after.get("open").get("oldestAcceptedAt").isNull()).isTrue();
    assertThat(after.get("closed").get(0).get("manifest").get("id").asString()).isEqualTo(id);
    assertThat(after.get("closed").get(0).get("accountablePieces").asInt()).isEqualTo(1);
  }

  @Test
  void theHandOffManifestIsAPdfNamingTheManifestAndTheStationsReceiptKey() throws Exception {
    accept(N2);
    String id = close();

    HttpResponse<byte[]> r =
        get("/ui/supervisor/manifests/" + id + "/manifest.pdf?paper=a4", TestStation.PIN);
    assertThat(r.statusCode()).as(body(r)).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(r.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"manifest-" + id + ".pdf\"");
    assertThat(new String(r.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    String keyFile =
        ReceiptSignatures.fingerprintOf(
            Base64.getEncoder()
                .encodeToString(ReceiptKey.loadOrCreate(dir).getPublic().getEncoded()));
    assertThat(EndOfDayFixture.text(r.body()).replaceAll("\\s", "")).contains(id).contains(keyFile);

    // the running station holds its key: a later request does not read the file again
    Files.delete(dir.resolve(ReceiptKey.FILE));
    HttpResponse<byte[]> again =
        get("/ui/supervisor/manifests/" + id + "/manifest.pdf", TestStation.PIN);
    assertThat(again.statusCode()).as(body(again)).isEqualTo(200);
    assertThat(EndOfDayFixture.text(again.body()).replaceAll("\\s", "")).contains(keyFile);
    assertThat(dir.resolve(ReceiptKey.FILE)).doesNotExist();
  }

  @Test
  void theFirmSheetIsAPdfOfTheAccountablePiecesAndAManifestWithoutThemSaysSo() throws Exception {
    EndOfDayFixture.importCertified(local, CERTIFIED, EndOfDayFixture.HOSTILE_NAME);
    accept(CERTIFIED);
    String withCertified = close();
    accept(N2);
    String plain = close();

    HttpResponse<byte[]> r =
        get("/ui/supervisor/manifests/" + withCertified + "/firm-sheet.pdf", TestStation.PIN);
    assertThat(r.statusCode()).as(body(r)).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(r.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"firm-sheet-" + withCertified + ".pdf\"");
    String text = EndOfDayFixture.text(r.body());
    assertThat(text).contains(withCertified).contains("O'Brien");

    HttpResponse<byte[]> none =
        get("/ui/supervisor/manifests/" + plain + "/firm-sheet.pdf", TestStation.PIN);
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(body(none)).contains("no accountable piece");
  }

  @Test
  void aPageOfAnotherSiteGetsNoDocumentEvenWithThePin() throws Exception {
    accept(N2);
    String id = close();
    HttpResponse<byte[]> r =
        get(
            "/ui/supervisor/manifests/" + id + "/manifest.pdf",
            TestStation.PIN,
            "Origin",
            "http://evil.example");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(body(r)).doesNotContain("%PDF").contains("origin");
    assertThat(get("/ui/supervisor/manifests/" + id + "/manifest.pdf", "1111").statusCode())
        .isEqualTo(403);
  }

  @Test
  void badIdsAndPapersAre400AndAnUnknownManifest404() throws Exception {
    accept(N2);
    String id = close();
    String base = "/ui/supervisor/manifests/";
    assertThat(get(base + "bad_id/manifest.pdf", TestStation.PIN).statusCode()).isEqualTo(400);
    assertThat(get(base + "a%22%0D%0AX:y/manifest.pdf", TestStation.PIN).statusCode())
        .isEqualTo(400);
    assertThat(get(base + "a".repeat(41) + "/firm-sheet.pdf", TestStation.PIN).statusCode())
        .isEqualTo(400);
    HttpResponse<byte[]> unknown = get(base + "station-1-20000101-9/manifest.pdf", TestStation.PIN);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(get(base + id + "/manifest.pdf?paper=legal", TestStation.PIN).statusCode())
        .isEqualTo(400);
    assertThat(get(base + id + "/manifest.pdf?papr=a4", TestStation.PIN).statusCode())
        .isEqualTo(400);
  }

  @Test
  void aParcelSaysWhichManifestItIsOnAndItsReceiptIsADownload() throws Exception {
    accept(N2);
    String path = "/ui/supervisor/parcels/" + N2;
    assertThat(json(get(path + "/manifest", TestStation.PIN)).get("manifestId").isNull()).isTrue();
    String id = close();
    assertThat(json(get(path + "/manifest", TestStation.PIN)).get("manifestId").asString())
        .isEqualTo(id);
    assertThat(get(path + "/manifest", "1111").statusCode()).isEqualTo(403);

    HttpResponse<byte[]> receipt = get(path + "/receipt.json", TestStation.PIN);
    assertThat(receipt.statusCode()).isEqualTo(200);
    assertThat(receipt.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment");
    assertThat(body(receipt)).contains(N2).contains(id);
  }
}
