package org.scanstation.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.device.hid.BootKeyboardDecoder;
import org.scanstation.device.hid.HidPosDecoder;
import org.scanstation.device.hid.HidSink;
import org.scanstation.device.scanner.Arrival;
import org.scanstation.device.scanner.Framer;
import org.scanstation.device.scanner.Framing;
import org.scanstation.device.scanner.ScanSink;
import org.scanstation.device.scanner.ScannerError;
import org.scanstation.device.scanner.Terminator;
import org.scanstation.station.app.RunningStation;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.tracking.ParseResult;
import org.scanstation.station.domain.tracking.Rejection;
import org.scanstation.station.domain.tracking.TrackingNumberParser;

/**
 * A million random inputs through each of the serial framing, the HID decoders and the validator,
 * and random bodies through the HTTP API: no exception, no hang (timeouts), every rejection with a
 * reason, bounded memory (frames never exceed their limit).
 */
class FuzzIT {
  private static final int FRAMES = 1_000_000;
  private final SplittableRandom random = new SplittableRandom(20261124);

  private byte[] bytes(int max) {
    byte[] b = new byte[random.nextInt(max + 1)];
    for (int i = 0; i < b.length; i++) {
      // Bias towards the bytes that matter: digits, CR, LF, GS, ']'.
      int r = random.nextInt(10);
      b[i] =
          (byte)
              (r < 4
                  ? '0' + random.nextInt(10)
                  : r == 4
                      ? '\r'
                      : r == 5 ? '\n' : r == 6 ? 0x1D : r == 7 ? ']' : random.nextInt(256));
    }
    return b;
  }

  @Test
  @Timeout(120)
  void theValidatorAnswersEveryRandomScanWithAReason() {
    TrackingNumberParser parser = new TrackingNumberParser();
    long valid = 0;
    for (int i = 0; i < FRAMES; i++) {
      ParseResult r = parser.parse(new String(bytes(40), StandardCharsets.ISO_8859_1));
      if (r instanceof Rejection x) {
        assertThat(x.reason()).isNotNull();
        assertThat(x.message()).isNotBlank().hasSizeLessThan(300);
      } else {
        valid++;
      }
    }
    assertThat(valid).isLessThan(FRAMES / 100);
  }

  @Test
  @Timeout(120)
  void serialFramingNeverExceedsItsLimitAndAccountsForEveryByte() {
    for (Terminator t : new Terminator[] {Terminator.CR, Terminator.CRLF, Terminator.LF}) {
      Framing framing = Framing.DEFAULT.withTerminator(t);
      Framer framer = new Framer(framing);
      long[] frames = {0};
      long[] problems = {0};
      ScanSink sink =
          new ScanSink() {
            @Override
            public void frame(byte[] data, Arrival arrival, String symbology) {
              assertThat(data.length).isLessThanOrEqualTo(framing.maxFrameBytes());
              frames[0]++;
            }

            @Override
            public void problem(ScannerError.Kind kind, String message) {
              assertThat(message).isNotBlank();
              problems[0]++;
            }
          };
      Arrival now = new Arrival(System.nanoTime(), Instant.now());
      for (int i = 0; i < FRAMES / 3; i++) {
        byte[] chunk = bytes(i % 997 == 0 ? 2000 : 30);
        framer.feed(chunk, 0, chunk.length, now, sink);
      }
      framer.flush(sink);
      assertThat(frames[0]).isPositive();
      assertThat(framer.pendingBytes()).isZero();
    }
  }

  @Test
  @Timeout(120)
  void hidDecodersSurviveRandomReports() {
    int[] barcodes = {0};
    HidSink sink =
        new HidSink() {
          @Override
          public void barcode(byte[] data, String symbology) {
            assertThat(data.length).isLessThanOrEqualTo(512);
            barcodes[0]++;
          }

          @Override
          public void discarded(String message) {
            assertThat(message).isNotBlank();
          }

          @Override
          public void problem(String message) {
            assertThat(message).isNotBlank();
          }
        };
    BootKeyboardDecoder keyboard = new BootKeyboardDecoder(512);
    HidPosDecoder pos = new HidPosDecoder(512);
    for (int i = 0; i < FRAMES / 2; i++) {
      byte[] k = new byte[8];
      k[0] = (byte) (random.nextInt(8) == 0 ? random.nextInt(256) : random.nextBoolean() ? 2 : 0);
      for (int j = 2; j < 8; j++) {
        k[j] =
            (byte)
                (random.nextInt(3) == 0
                    ? 0
                    : random.nextInt(4) == 0 ? 0x28 : 0x1E + random.nextInt(10));
      }
      keyboard.report(k, random.nextInt(9), sink);
      byte[] p = bytes(64);
      pos.report(p, p.length, sink);
    }
    assertThat(barcodes[0]).isPositive();
  }

  @Test
  @Timeout(180)
  void theHttpApiAnswersRandomBodiesWithoutFailing(@TempDir Path dir) throws Exception {
    Map<String, String> env =
        Map.of(
            "STATION_HTTP_PORT",
            "0",
            "STATION_SYNC_ENABLED",
            "false",
            "STATION_SUPERVISOR_PIN",
            "1357");
    try (RunningStation station = RunningStation.start(dir, StationConfig.load(null, env), env)) {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      String[] paths = {
        "/ui/session",
        "/ui/scan",
        "/ui/supervisor/reprints",
        "/ui/supervisor/check",
        "/api/v1/accept",
        "/ui/state",
        "/ui/nope"
      };
      for (int i = 0; i < 1500; i++) {
        byte[] body =
            random.nextInt(3) == 0
                ? ("{\"raw\":\""
                        + new String(bytes(60), StandardCharsets.ISO_8859_1)
                            .replace("\\", "")
                            .replace("\"", "")
                        + "\",\"operatorId\":\"x\"}")
                    .getBytes(StandardCharsets.UTF_8)
                : bytes(300);
        HttpRequest req =
            HttpRequest.newBuilder(station.url().resolve(paths[i % paths.length]))
                .timeout(Duration.ofSeconds(10))
                .header("X-Station-Page", "1")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode())
            .as("%s", paths[i % paths.length])
            .isIn(200, 400, 401, 403, 404, 405);
      }
      assertThat(station.station().verify().intact()).isTrue();
    }
  }
}
