package org.scanstation.simulator.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.scanstation.simulator.scanner.SimulatedScanner;
import org.scanstation.simulator.shift.ExpectedScan;
import org.scanstation.simulator.shift.ShiftJson;
import org.scanstation.simulator.shift.ShiftMix;
import org.scanstation.simulator.shift.ShiftPlan;
import org.scanstation.simulator.shift.ShiftRunner;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code simulator shift}: a packer's shift of scans, with the outcome each should get. */
@Command(
    name = "shift",
    mixinStandardHelpOptions = true,
    description = {
      "Play a shift: --parcels scans at --rate through a simulated scanner, drawn with --seed from"
          + " --mix (valid, duplicate, typo, junk, unauthorized, ambiguous).",
      "Writes one JSON line per scan with the outcome the station should give (ACCEPTED,"
          + " DUPLICATE, or REJECTED with a reason code) to --expected or standard output.",
      "The expectations assume the station allows exactly --mailer-ids."
    })
final class ShiftCommand implements Callable<Integer> {
  private final CliStreams io;

  @Spec private CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private ShiftTarget target;

  @Mixin private WireOptions wire;

  @Option(
      names = "--parcels",
      defaultValue = "100",
      description = "Scans in the shift (default: ${DEFAULT-VALUE}).")
  private int parcels;

  @Option(
      names = "--rate",
      defaultValue = "2",
      description = "Scans per second (default: ${DEFAULT-VALUE}).")
  private double rate;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed: the same seed gives the same shift (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(
      names = "--mix",
      paramLabel = "KIND=WEIGHT,...",
      description =
          "Weights of scan kinds (default: "
              + "valid=70,duplicate=8,typo=6,junk=8,unauthorized=6,ambiguous=2).")
  private String mix;

  @Option(
      names = "--mailer-ids",
      paramLabel = "MID,MID...",
      split = ",",
      description = "The station's allowed Mailer IDs (default: 123456,912345678).")
  private List<String> mailerIds = ShiftPlan.DEFAULT_MAILER_IDS;

  @Option(
      names = "--expected",
      paramLabel = "FILE",
      description = "Write the expectations here (default: standard output).")
  private Path expected;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      description = "Address for --tcp (default: ${DEFAULT-VALUE}).")
  private InetAddress bind;

  @Option(
      names = "--start-delay",
      defaultValue = "0s",
      converter = DurationOption.class,
      description =
          "Wait this long after the pty appears, for the station to open it (default: ${DEFAULT-VALUE}).")
  private Duration startDelay;

  @Option(
      names = "--wait-for-station",
      defaultValue = "60s",
      converter = DurationOption.class,
      description =
          "With --tcp, wait this long for the station to connect (default: ${DEFAULT-VALUE}).")
  private Duration waitForStation;

  @Option(
      names = "--linger",
      defaultValue = "1s",
      converter = DurationOption.class,
      description = "Keep the device up this long after the last scan (default: ${DEFAULT-VALUE}).")
  private Duration linger;

  ShiftCommand(CliStreams io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    List<ExpectedScan> shift = plan();
    io.err()
        .println(
            "shift: "
                + shift.size()
                + " scans, seed "
                + seed
                + ", mix "
                + (mix == null ? ShiftMix.defaults() : mix)
                + "; configure the station with"
                + " policy.mailer-id-allow="
                + String.join(",", mailerIds));
    try (Writer out = expectations()) {
      if (target.dryRun()) {
        for (ExpectedScan e : shift) {
          out.write(ShiftJson.line(e));
          out.write('\n');
        }
        return 0;
      }
      try (SimulatedScanner scanner =
          target.open(bind, wire.settings(), startDelay, waitForStation, io.err())) {
        int delivered = new ShiftRunner(scanner, out, Clock.systemUTC()).run(shift, rate);
        Pauses.sleep(linger);
        io.err().println("shift: " + delivered + " of " + shift.size() + " scans delivered");
        return delivered == shift.size() ? 0 : 1;
      }
    }
  }

  private List<ExpectedScan> plan() {
    try {
      ShiftMix m = mix == null ? ShiftMix.defaults() : ShiftMix.parse(mix);
      return ShiftPlan.generate(parcels, m, seed, mailerIds);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private Writer expectations() throws IOException {
    return expected != null
        ? Files.newBufferedWriter(expected, StandardCharsets.UTF_8)
        : new OutputStreamWriter(new NonClosing(io.out()), StandardCharsets.UTF_8);
  }
}
