package org.scanstation.station.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scanstation.station.bench.BenchReport;
import org.scanstation.station.bench.Benchmarks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code station bench}: measures the station, each figure against a baseline. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the station on this machine; every figure comes with a baseline measured in the"
          + " same run. Figures go to standard error as they come, under a bar of the stages done"
          + " on a terminal (none with --quiet); the report to --out (JSON), else standard"
          + " output.",
      "Uses scratch stores in the temp directory; never touches the station's data."
    })
final class BenchCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin private ProgressOptions progressOptions;

  @Option(names = "--quick", description = "Smaller runs: about three minutes.")
  private boolean quick;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report here as JSON.")
  private Path out;

  BenchCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    BenchReport report;
    try (Progress progress =
        ProgressDisplay.start(context, progressOptions, "bench", "stages", Benchmarks.STAGES)) {
      report = Benchmarks.run(quick, f -> progress.note(f.line()), progress::at);
    }
    String json = Json.PRETTY.writeValueAsString(report);
    if (out != null) {
      Files.writeString(out, json);
      context.err().println("station: report written to " + out);
    } else {
      context.out().println(json);
    }
    return 0;
  }
}
