package org.scanstation.station.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.scanstation.station.app.RunFile;
import org.scanstation.station.app.StationAssembly;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.web.StationApiClient;

/**
 * The station as a process: time from {@code java -jar station.jar run} to a ready local API
 * (baseline: the same jar printing its version), and peak resident memory under a burst of
 * acceptances (baseline: resident memory when idle after start). Needs the shaded jar and Linux
 * {@code /proc}.
 */
final class ProcessBenchmarks {
  private final boolean quick;
  private final Path scratch;
  private final StationAssembly parts;

  ProcessBenchmarks(boolean quick, Path scratch, StationAssembly parts) {
    this.quick = quick;
    this.scratch = scratch;
    this.parts = parts;
  }

  void run(Consumer<Figure> out) throws Exception {
    Optional<Path> jar = ownJar();
    if (jar.isEmpty() || !Files.isDirectory(Path.of("/proc/self"))) {
      out.accept(
          Figure.plain(
              "startup.skipped",
              "start-up and memory",
              0,
              "-",
              "skipped: run from station.jar on" + " Linux to measure the station as a process"));
      return;
    }
    int rounds = quick ? 2 : 5;
    double[] ready = new double[rounds];
    double[] version = new double[rounds];
    long[] idleKb = {0};
    long[] peakKb = {0};
    for (int i = 0; i < rounds; i++) {
      version[i] = timeVersion(jar.get());
      ready[i] = timeToReady(jar.get(), i == rounds - 1, idleKb, peakKb);
    }
    Arrays.sort(ready);
    Arrays.sort(version);
    out.accept(
        Figure.of(
            "startup.ms",
            "start-up: 'station run' to a ready local API",
            ready[rounds / 2],
            "ms",
            "'station --version' (JVM start + CLI)",
            version[rounds / 2],
            "median of " + rounds + "; fresh store each time (migrations included)"));
    out.accept(
        Figure.of(
            "rss.peak_mib",
            "peak resident memory under load",
            peakKb[0] / 1024.0,
            "MiB",
            "resident memory idle after start",
            idleKb[0] / 1024.0,
            (quick ? 1000 : 5000) + " acceptances from 4 threads through the local API; VmHWM"));
  }

  private static Optional<Path> ownJar() {
    try {
      Path p =
          Path.of(
              ProcessBenchmarks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return p.toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  private static List<String> java(Path jar, String... args) {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  private static double timeVersion(Path jar) throws Exception {
    long t0 = System.nanoTime();
    Process p =
        new ProcessBuilder(java(jar, "--version"))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    p.waitFor(60, TimeUnit.SECONDS);
    return (System.nanoTime() - t0) / 1e6;
  }

  private double timeToReady(Path jar, boolean load, long[] idleKb, long[] peakKb)
      throws Exception {
    Path data = Files.createTempDirectory(scratch, "run");
    ProcessBuilder pb =
        new ProcessBuilder(java(jar, "run", "--data-dir", data.toString()))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("STATION_HTTP_PORT", "0");
    pb.environment().put("STATION_SYNC_ENABLED", "false");
    long t0 = System.nanoTime();
    Process p = pb.start();
    try {
      StationApiClient api = awaitReady(data, p);
      double ms = (System.nanoTime() - t0) / 1e6;
      if (load) {
        idleKb[0] = procKb(p.pid(), "VmRSS");
        burst(api, quick ? 1000 : 5000);
        peakKb[0] = procKb(p.pid(), "VmHWM");
      }
      return ms;
    } finally {
      p.toHandle().destroy();
      p.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private StationApiClient awaitReady(Path data, Process p) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && p.isAlive()) {
      Optional<RunFile> run = RunFile.read(data);
      if (run.isPresent()) {
        StationApiClient c = parts.localApi(run.get());
        if (c.reachable()) {
          return c;
        }
      }
      TimeUnit.MILLISECONDS.sleep(5); // polling a child process for readiness
    }
    throw new IllegalStateException("the station did not become ready within 60 s");
  }

  private static void burst(StationApiClient api, int n) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> all = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int from = t * (n / 4);
        all.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < n / 4; i++) {
                    api.accept(
                        Mod10.withCheckDigit(String.format("9400111899%011d", from + i)),
                        "bench",
                        "bench");
                  }
                  return null;
                }));
      }
      for (Future<?> f : all) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static long procKb(long pid, String field) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
      if (line.startsWith(field + ":")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return 0;
  }
}
