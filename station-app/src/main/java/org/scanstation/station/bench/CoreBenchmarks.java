package org.scanstation.station.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.scanstation.label.LabelFormat;
import org.scanstation.label.LabelRenderer;
import org.scanstation.label.MailService;
import org.scanstation.station.app.LocalStation;
import org.scanstation.station.app.StationAssembly;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.domain.tracking.TrackingNumberParser;
import org.scanstation.station.labels.StationLabels;
import org.scanstation.station.store.StationStore;

/**
 * The station's own figures, each with a baseline from the same run: validation, label rendering,
 * durable acceptances against Derby's raw insert rate on the same disk.
 */
final class CoreBenchmarks {
  private final boolean quick;
  private final Path scratch;
  private final StationAssembly parts;

  CoreBenchmarks(boolean quick, Path scratch, StationAssembly parts) {
    this.quick = quick;
    this.scratch = scratch;
    this.parts = parts;
  }

  void run(Consumer<Figure> out) throws Exception {
    out.accept(validation());
    labels().forEach(out);
    acceptances().forEach(out);
  }

  private Figure validation() throws Exception {
    int n = quick ? 200_000 : 2_000_000;
    String[] scans = new String[1024];
    for (int i = 0; i < scans.length; i++) {
      String num = Mod10.withCheckDigit(String.format("9400111899%011d", i));
      scans[i] = i % 3 == 0 ? "]C142010001\u001D" + num : i % 3 == 1 ? num : num + "x";
    }
    TrackingNumberParser parser = new TrackingNumberParser();
    AtomicLong sink = new AtomicLong();
    double parse =
        Timing.opsPerSecond(
            k -> {
              for (int i = 0; i < k; i++) {
                sink.addAndGet(parser.parse(scans[i & 1023]).isValid() ? 1 : 0);
              }
            },
            n,
            5);
    double scan =
        Timing.opsPerSecond(
            k -> {
              for (int i = 0; i < k; i++) {
                String s = scans[i & 1023];
                int d = 0;
                for (int j = 0; j < s.length(); j++) {
                  d += s.charAt(j) >= '0' && s.charAt(j) <= '9' ? 1 : 0;
                }
                sink.addAndGet(d);
              }
            },
            n,
            5);
    return Figure.of(
        "validate.rate",
        "validation (parse + check digit, mixed scanner forms)",
        parse,
        "scans/s",
        "count the digits of the same strings",
        scan,
        "in-process, " + n + " scans x 5 rounds");
  }

  private List<Figure> labels() throws Exception {
    String model = sampleModel();
    int n = quick ? 50 : 300;
    double zpl = Timing.opsPerSecond(k -> renderMany(model, LabelFormat.ZPL, k), n * 10, 5);
    List<Figure> out = new ArrayList<>();
    out.add(
        Figure.plain(
            "label.zpl.ms", "label render ZPL 203 dpi", 1000.0 / zpl, "ms", "median of 5 rounds"));
    for (LabelFormat f : new LabelFormat[] {LabelFormat.PNG, LabelFormat.PDF}) {
      double rate = Timing.opsPerSecond(k -> renderMany(model, f, k), n, 5);
      out.add(
          Figure.of(
              "label." + f.name().toLowerCase(java.util.Locale.ROOT) + ".ms",
              "label render " + f + " 203 dpi",
              1000.0 / rate,
              "ms",
              "ZPL render",
              1000.0 / zpl,
              "median of 5 rounds"));
    }
    return out;
  }

  private static void renderMany(String model, LabelFormat format, int k) {
    for (int i = 0; i < k; i++) {
      StationLabels.render(model, format, 203);
    }
  }

  private static String sampleModel() {
    var label =
        new org.scanstation.label.ShippingLabel(
            MailService.PRIORITY_MAIL,
            "9400111899223197428497",
            "100011234",
            new org.scanstation.label.Address("Shop", "2 Elm St", null, "Boston", "MA", "02110"),
            new org.scanstation.label.Address(
                "Ada Lovelace", "1 Main St", "Apt 2", "New York", "NY", "10001-1234"),
            null);
    LabelRenderer.zpl(203).render(label);
    return tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(label);
  }

  /**
   * Durable acceptances from 1, 4 and 16 scanners at once (each its own thread, as desks are),
   * against Derby's raw single-row commit on the same disk. Concurrent scanners commit in groups.
   */
  private List<Figure> acceptances() throws Exception {
    int n = quick ? 300 : 2000;
    Path dir = Files.createTempDirectory(scratch, "accept");
    List<Figure> out = new ArrayList<>();
    try (StationStore store = parts.openStore(dir)) {
      LocalStation station = parts.localStation(store);
      AtomicLong seq = new AtomicLong();
      double raw = rawInserts(store, n);
      out.add(
          Figure.plain(
              "accept.baseline.derby_commit",
              "Derby autocommit single-row insert, same disk",
              raw,
              "per s",
              n + " x 3 rounds, one thread"));
      for (int scanners : new int[] {1, 4, 16}) {
        double rate = concurrentAccepts(station, seq, scanners, n);
        out.add(
            Figure.of(
                "accept.rate." + scanners,
                "durable acceptances (acceptance+label+job+outbox), "
                    + scanners
                    + (scanners == 1 ? " scanner" : " scanners at once"),
                rate,
                "per s",
                "Derby autocommit single-row insert, same disk",
                raw,
                "real labels, " + n + " x 3 rounds; each told only after its commit"));
      }
    }
    return out;
  }

  /** Acceptances per second with {@code scanners} threads sharing {@code n} per round. */
  private static double concurrentAccepts(LocalStation station, AtomicLong seq, int scanners, int n)
      throws Exception {
    ExecutorService desks = Executors.newFixedThreadPool(scanners);
    try {
      return Timing.opsPerSecond(
          k -> {
            List<Future<?>> running = new ArrayList<>();
            for (int d = 0; d < scanners; d++) {
              String desk = "bench-" + d;
              int mine = k / scanners + (d < k % scanners ? 1 : 0);
              running.add(
                  desks.submit(
                      () -> {
                        for (int i = 0; i < mine; i++) {
                          String num =
                              Mod10.withCheckDigit(
                                  String.format("9400111899%011d", seq.incrementAndGet()));
                          station.accept(num, "bench", desk);
                        }
                        return null;
                      }));
            }
            for (Future<?> f : running) {
              f.get();
            }
          },
          n,
          3);
    } finally {
      desks.shutdownNow();
    }
  }

  private static double rawInserts(StationStore store, int n) throws Exception {
    try (Connection c = store.connection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE bench_raw (id VARCHAR(36) PRIMARY KEY, created BIGINT)");
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_raw VALUES (?, ?)")) {
        return Timing.opsPerSecond(
            k -> {
              for (int i = 0; i < k; i++) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.setLong(2, Instant.now().toEpochMilli());
                ps.executeUpdate();
              }
            },
            n,
            3);
      }
    }
  }
}
