package org.scanstation.station.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.app.SupervisorPin;

/**
 * What a page of another site, or a client guessing PINs, can do to the supervisor over real HTTP:
 * requests without the PIN header (all a cross-site page can send) neither count nor write, and one
 * client's wrong PINs lock out that client, not the supervisor.
 */
class PinLockoutIT {
  @TempDir Path dir;
  private TestStation station;

  @BeforeEach
  void start() {
    station = new TestStation(dir, Map.of());
  }

  @AfterEach
  void stop() {
    station.close();
  }

  private HttpResponse<String> supervisorGet(String pin, String cookie) throws Exception {
    HttpRequest.Builder r = station.request("/ui/supervisor/audit").GET();
    if (pin != null) {
      r.header("X-Supervisor-Pin", pin);
    }
    if (cookie != null) {
      r.header("Cookie", cookie);
    }
    return station.send(r);
  }

  private String signIn(String operator) throws Exception {
    HttpResponse<String> r =
        station.send(
            station
                .request("/ui/session")
                .header("X-Station-Page", "1")
                .POST(
                    HttpRequest.BodyPublishers.ofString("{\"operatorId\":\"" + operator + "\"}")));
    String c = r.headers().firstValue("Set-Cookie").orElseThrow();
    return c.substring(0, c.indexOf(';'));
  }

  private long pinRefusedRows() {
    return station.station.station().audit(1000).stream()
        .filter(e -> e.type().equals("PIN_REFUSED"))
        .count();
  }

  @Test
  void aCrossSiteLockoutAttemptLeavesTheSupervisorsPinWorking() throws Exception {
    String mallory = signIn("mallory");
    for (int i = 0; i < 50; i++) {
      HttpResponse<String> r = supervisorGet(null, i % 2 == 0 ? mallory : null);
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(r.body()).contains("supervisor PIN required");
    }
    assertThat(pinRefusedRows()).isZero();
    assertThat(supervisorGet(TestStation.PIN, null).statusCode()).isEqualTo(200);

    for (int i = 0; i < SupervisorPin.MAX_FAILURES + 3; i++) {
      assertThat(supervisorGet("0000", mallory).statusCode()).isEqualTo(403);
    }
    assertThat(supervisorGet(TestStation.PIN, mallory).body()).contains("too many wrong PINs");
    assertThat(supervisorGet(TestStation.PIN, null).statusCode()).isEqualTo(200);
    String ana = signIn("ana");
    assertThat(supervisorGet(TestStation.PIN, ana).statusCode()).isEqualTo(200);
    assertThat(pinRefusedRows()).isEqualTo(1);
  }

  @Test
  void tenThousandRequestsWithoutAPinLeaveTheAuditAndTheStoreAsTheyWere() throws Exception {
    String mallory = signIn("mallory");
    supervisorGet("0000", mallory); // one real refusal: its row is written now, before measuring
    long rowsBefore = station.station.station().audit(100_000).size();
    long sizeBefore = size(dir);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> refused = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        refused.add(pool.submit(() -> hammer(thread == 0 ? mallory : null, 2_500, null)));
        refused.add(pool.submit(() -> hammer(mallory, 250, "1111")));
      }
      for (Future<Integer> f : refused) {
        assertThat(f.get()).isPositive();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(station.station.station().audit(100_000).size()).isEqualTo(rowsBefore);
    assertThat(size(dir) - sizeBefore).isLessThan(256 * 1024);
    assertThat(supervisorGet(TestStation.PIN, null).statusCode()).isEqualTo(200);
  }

  private int hammer(String cookie, int times, String pin) throws Exception {
    int refused = 0;
    for (int i = 0; i < times; i++) {
      if (supervisorGet(pin, cookie).statusCode() == 403) {
        refused++;
      }
    }
    return refused;
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (java.nio.file.NoSuchFileException gone) {
                  return 0; // a temporary file of the store, gone since the walk saw it
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .sum();
    }
  }
}
