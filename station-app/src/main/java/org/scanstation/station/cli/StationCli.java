package org.scanstation.station.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import org.scanstation.common.CliFailures;
import org.scanstation.station.StationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code station} command: the entry point of {@code station.jar}. Exit status: 0 success, 1 a
 * negative result or a failure (message on standard error), 2 a usage error.
 */
@Command(
    name = "station",
    mixinStandardHelpOptions = true,
    versionProvider = StationVersion.class,
    description = "Scan Station: USPS parcel acceptance, label printing and tracking sync.",
    subcommands = {
      ValidateCommand.class,
      LabelCommand.class,
      AcceptCommand.class,
      ImportCommand.class,
      ShowCommand.class,
      TrackCommand.class,
      ReceiptCommand.class,
      VerifyReceiptCommand.class,
      UnscannedCommand.class,
      TrackingCommand.class,
      ReprintCommand.class,
      VoidCommand.class,
      ManifestCommand.class,
      CompleteCommand.class,
      ExportCommand.class,
      VerifyCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      SyncCommand.class,
      OutboxCommand.class,
      RunCommand.class,
      BenchCommand.class,
      DemoCommand.class,
      DevicesCommand.class,
      UdevRuleCommand.class,
      ListenCommand.class,
      PrinterStatusCommand.class,
      PrintCommand.class,
      CommandLine.HelpCommand.class
    })
public final class StationCli implements Runnable {
  /** Exit status of a usage error (unknown option, bad value). */
  public static final int USAGE = 2;

  @Spec private CommandSpec spec;

  /** Runs the station CLI on the process's streams and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(CliContext.system(), args));
  }

  /** Runs one command line against the given streams; returns the exit status. */
  public static int run(CliContext context, String... args) {
    CommandLine cli = commandLine(context);
    return cli.execute(args);
  }

  /** The configured command line, for running and for tests that walk every subcommand. */
  public static CommandLine commandLine(CliContext context) {
    CommandLine cli = new CommandLine(new StationCli(), new ContextFactory(context));
    cli.setOut(new PrintWriter(context.out(), true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(context.err(), true, StandardCharsets.UTF_8));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof ParameterException pe) {
            throw pe;
          }
          return CliFailures.report(e, commandLine.getErr(), "station", StationException.class);
        });
    return cli;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing a command; see 'station --help'.");
  }

  /** Gives commands and mixins that take a {@link CliContext} the one this run uses. */
  private record ContextFactory(CliContext context) implements IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      for (Constructor<?> c : cls.getDeclaredConstructors()) {
        if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliContext.class) {
          c.setAccessible(true);
          return cls.cast(c.newInstance(context));
        }
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }
}
