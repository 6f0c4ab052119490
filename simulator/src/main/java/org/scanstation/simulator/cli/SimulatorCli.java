package org.scanstation.simulator.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import org.scanstation.common.CliFailures;
import org.scanstation.simulator.SimulatorException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code simulator} command, entry point of {@code simulator.jar}: each subcommand runs one
 * simulated device until stopped, or plays a shift. Exit status: 0 success, 1 a failure (message on
 * standard error), 2 a usage error.
 */
@Command(
    name = "simulator",
    mixinStandardHelpOptions = true,
    versionProvider = SimulatorVersion.class,
    description =
        "Scan Station simulator: scanner, label printer, tracking backend and USPS API over real"
            + " transports, and shifts of scans with their expected outcomes.",
    subcommands = {
      PrinterCommand.class,
      BackendCommand.class,
      UspsApiCommand.class,
      ScannerCommand.class,
      ShiftCommand.class,
      CommandLine.HelpCommand.class
    })
public final class SimulatorCli implements Runnable {
  /**
   * Logback reads this file from the jar; the module ships no logback.xml to clash with a host's.
   */
  static final String LOG_CONFIG = "simulator-logback.xml";

  @Spec private CommandSpec spec;

  /** Runs on the process's streams and exits with the command's status. */
  public static void main(String[] args) {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", LOG_CONFIG);
    }
    System.exit(run(CliStreams.system(), args));
  }

  /** Runs one command line against the given streams; returns the exit status. */
  public static int run(CliStreams io, String... args) {
    return commandLine(io).execute(args);
  }

  /** The configured command line, for running and for tests that walk every subcommand. */
  public static CommandLine commandLine(CliStreams io) {
    CommandLine cli = new CommandLine(new SimulatorCli(), new StreamsFactory(io));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(new PrintWriter(io.out(), true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(io.err(), true, StandardCharsets.UTF_8));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof ParameterException pe) {
            throw pe;
          }
          return CliFailures.report(e, commandLine.getErr(), "simulator", SimulatorException.class);
        });
    return cli;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing a command; see 'simulator --help'.");
  }

  /** Gives commands that take {@link CliStreams} the ones this run uses. */
  private record StreamsFactory(CliStreams io) implements IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      for (Constructor<?> c : cls.getDeclaredConstructors()) {
        if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliStreams.class) {
          c.setAccessible(true);
          return cls.cast(c.newInstance(io));
        }
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }
}
