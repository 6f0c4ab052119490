package org.scanstation.station.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.app.RunFile;

/**
 * Request bodies are bounded per route before anything parses them, over real HTTP: oversized ones
 * get 413 at once (by their declared length, or as soon as a chunked one runs past the bound), and
 * many large ones at the same time leave the station answering.
 */
class BodyLimitsIT {
  private static final String N = "9400111899223197428497";
  private static final int MIB = 1024 * 1024;
  @TempDir Path dir;
  private TestStation station;
  private URI base;
  private String host;
  private String cookie;

  @BeforeEach
  void start() throws Exception {
    station = new TestStation(dir, Map.of());
    base = station.url("/");
    host = "127.0.0.1:" + base.getPort();
    var r =
        station.send(
            station
                .request("/ui/session")
                .header("X-Station-Page", "1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"operatorId\":\"ana\"}")));
    String c = r.headers().firstValue("Set-Cookie").orElseThrow();
    cookie = c.substring(0, c.indexOf(';'));
  }

  @AfterEach
  void stop() {
    station.close();
  }

  private String[] scanHeaders(String... more) {
    List<String> h =
        new ArrayList<>(List.of("Host: " + host, "X-Station-Page: 1", "Cookie: " + cookie));
    h.addAll(Arrays.asList(more));
    return h.toArray(String[]::new);
  }

  @Test
  void aTwentyMegabyteScanIsRefusedByItsLengthBeforeItIsSent() throws Exception {
    try (RawHttp c = new RawHttp(base)) {
      RawHttp.Answer a =
          c.head("POST /ui/scan HTTP/1.1", scanHeaders("Content-Length: " + 20 * MIB)).answer();
      assertThat(a.status()).isEqualTo(413);
      assertThat(a.body()).contains("4096");
    }
  }

  @Test
  void aChunkedScanIsRefusedAsSoonAsItRunsPastTheBound() throws Exception {
    try (RawHttp c = new RawHttp(base)) {
      c.head("POST /ui/scan HTTP/1.1", scanHeaders("Transfer-Encoding: chunked"));
      RawHttp.Answer a = c.chunk(new byte[5000]).answer(); // and never the last chunk
      assertThat(a.status()).isEqualTo(413);
    }
  }

  @Test
  void anImportOverItsLimitIsRefusedAndOneUnderItIsRead() throws Exception {
    String token = RunFile.read(dir).orElseThrow().token();
    try (RawHttp c = new RawHttp(base)) {
      RawHttp.Answer a =
          c.head(
                  "POST /api/v1/shipments HTTP/1.1",
                  "Host: " + host,
                  "Authorization: Bearer " + token,
                  "Content-Length: " + 15 * MIB)
              .answer();
      assertThat(a.status()).isEqualTo(413);
    }
    RawHttp.Answer ok =
        RawHttp.request(
            base,
            "POST /api/v1/shipments",
            host,
            padded("{\"actor\":\"ana\",\"rows\":[]}", 7 * MIB),
            "Authorization: Bearer " + token);
    assertThat(ok.status()).isEqualTo(200);
  }

  @Test
  void eightConcurrentFifteenMegabyteBodiesLeaveTheStationAnswering() throws Exception {
    String token = RunFile.read(dir).orElseThrow().token();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Integer>> scans = new ArrayList<>();
      List<Future<Integer>> imports = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        scans.add(pool.submit(() -> sendWhole("/ui/scan", 15 * MIB, pool, scanHeaders())));
        // just under the import limit and not valid JSON at the end: read whole, then refused
        imports.add(
            pool.submit(
                () ->
                    RawHttp.request(
                            base,
                            "POST /api/v1/shipments",
                            host,
                            padded("{\"actor\":\"ana\",\"rows\":[", 8 * MIB - 16),
                            "Authorization: Bearer " + token)
                        .status()));
      }
      for (Future<Integer> f : scans) {
        assertThat(f.get()).isEqualTo(413);
      }
      for (Future<Integer> f : imports) {
        assertThat(f.get()).as("read whole and refused, or told to retry").isIn(400, 503);
      }
    } finally {
      pool.shutdownNow();
    }
    var scan =
        station.send(
            station
                .request("/ui/scan")
                .header("X-Station-Page", "1")
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("{\"raw\":\"" + N + "\"}")));
    assertThat(scan.statusCode()).isEqualTo(200);
    assertThat(scan.body()).contains("ACCEPTED");
  }

  /** Sends a whole body of {@code bytes} while reading the answer, as a hostile client would. */
  private int sendWhole(String path, int bytes, ExecutorService pool, String... headers)
      throws Exception {
    try (RawHttp c = new RawHttp(base)) {
      List<String> h = new ArrayList<>(Arrays.asList(headers));
      h.add("Content-Length: " + bytes);
      c.head("POST " + path + " HTTP/1.1", h.toArray(String[]::new));
      Future<?> writer =
          pool.submit(
              () -> {
                byte[] block = new byte[64 * 1024];
                for (int sent = 0; sent < bytes; sent += block.length) {
                  c.write(block);
                }
                return null;
              });
      int status = c.answer().status();
      writer.cancel(true);
      return status;
    } catch (IOException e) {
      throw new AssertionError("the station dropped the connection instead of answering", e);
    }
  }

  private static byte[] padded(String json, int size) {
    byte[] b = new byte[size];
    Arrays.fill(b, (byte) ' ');
    byte[] j = json.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(j, 0, b, 0, j.length);
    return b;
  }
}
