package org.scanstation.station.cli;

import java.io.Console;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The supervisor PIN for a command: {@code STATION_PIN} from the environment unless {@code --pin}
 * asks to prompt, else a no-echo prompt on the terminal. Never printed.
 */
final class PinInput {
  private PinInput() {}

  /**
   * @throws ParameterException when a prompt is needed but there is no terminal
   */
  static String read(CliContext context, boolean prompt, CommandLine cli) {
    String fromEnv = context.env().get("STATION_PIN");
    if (!prompt && fromEnv != null) {
      return fromEnv;
    }
    Console console = System.console();
    if (console == null) {
      throw new ParameterException(
          cli, "the supervisor PIN is needed: run in a terminal with --pin, or set STATION_PIN");
    }
    char[] typed = console.readPassword("Supervisor PIN: ");
    return typed == null ? "" : new String(typed);
  }
}
