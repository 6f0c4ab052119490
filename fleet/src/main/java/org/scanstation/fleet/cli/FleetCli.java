package org.scanstation.fleet.cli;

import java.io.PrintWriter;
import org.scanstation.common.CliFailures;
import org.scanstation.station.StationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code fleet} command: the entry point of {@code fleet.jar}. Exit status: 0 success, 1 a
 * failure (message on standard error), 2 a usage error.
 */
@Command(
    name = "fleet",
    mixinStandardHelpOptions = true,
    version = "fleet (Scan Station)",
    description = "Scan Station fleet: a broker for one machine, dispatchers that own the backend.",
    subcommands = {
      BrokerCommand.class,
      DispatchCommand.class,
      DeadLettersCommand.class,
      SimulateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class FleetCli implements Runnable {
  @Spec private CommandSpec spec;

  /** Runs the fleet CLI on the process's streams and exits with its status. */
  public static void main(String[] args) {
    System.exit(
        run(
            new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8),
            args));
  }

  /** Runs one command line against the given streams; returns the exit status. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new FleetCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof ParameterException pe) {
            throw pe;
          }
          return CliFailures.report(e, commandLine.getErr(), "fleet", StationException.class);
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing a command; see 'fleet --help'.");
  }
}
