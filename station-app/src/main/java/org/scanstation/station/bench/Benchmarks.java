package org.scanstation.station.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.scanstation.station.app.StationAssembly;
import org.scanstation.station.config.StationConfig;

/**
 * Runs every benchmark and reports figures as they come. Timings are figures to read, never
 * assertions: the test suite asserts behaviour only.
 */
public final class Benchmarks {
  private Benchmarks() {}

  /** How many groups of benchmarks a run has, for a progress total. */
  public static final int STAGES = 5;

  /** Runs them all; {@code progress} gets each figure as soon as it is measured. */
  public static BenchReport run(boolean quick, Consumer<Figure> progress) throws Exception {
    return run(quick, progress, n -> {});
  }

  /**
   * Runs them all; {@code progress} gets each figure as soon as it is measured, {@code stagesDone}
   * the number of the {@link #STAGES} groups finished after each.
   */
  public static BenchReport run(boolean quick, Consumer<Figure> progress, IntConsumer stagesDone)
      throws Exception {
    Instant started = Instant.now();
    Path scratch = Files.createTempDirectory("station-bench");
    List<Figure> figures = new ArrayList<>();
    try {
      Consumer<Figure> record =
          f -> {
            figures.add(f);
            progress.accept(f);
          };
      // The benchmark mode: parts made from the default settings, as a new station has them.
      StationAssembly parts =
          new StationAssembly(StationConfig.load(null, Map.of()), Map.of(), Clock.systemUTC());
      new CoreBenchmarks(quick, scratch, parts).run(record);
      stagesDone.accept(1);
      new SyncBenchmarks(quick, scratch, parts).run(record);
      stagesDone.accept(2);
      new ReadBackBenchmarks(quick, scratch).run(record);
      stagesDone.accept(3);
      new LatencyBenchmarks(quick, scratch).run(record);
      stagesDone.accept(4);
      new ProcessBenchmarks(quick, scratch, parts).run(record);
      stagesDone.accept(STAGES);
    } finally {
      deleteTree(scratch);
    }
    return new BenchReport(
        started.toString(),
        quick,
        Runtime.getRuntime().availableProcessors(),
        Runtime.version().toString(),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        List.copyOf(figures));
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
