package org.scanstation.simulator.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/**
 * Operator commands on standard input, one per line:
 *
 * <pre>
 * status                   faults and counters (JSON)
 * received                 what the device received (JSON)
 * fault NAME [VALUE]       turn a fault on or set its value ("set" works too)
 * clear [NAME]             turn one fault, or every fault, off
 * help                     this list
 * quit                     stop the device and exit
 * </pre>
 *
 * End of input stops reading but not the device (so it can run with input closed). Answers go to
 * the given stream. Runs on the caller's thread; blocks reading.
 */
public final class ConsoleCommands {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final FaultControl control;
  private final PrintStream out;

  /** Commands for this device, answered on {@code out}. */
  public ConsoleCommands(FaultControl control, PrintStream out) {
    this.control = control;
    this.out = out;
  }

  /**
   * Reads commands until {@code quit} or end of input.
   *
   * @return true when the operator asked to quit
   */
  public boolean run(InputStream in) {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    try {
      for (String line; (line = r.readLine()) != null; ) {
        if (!execute(line.strip())) {
          return true;
        }
      }
    } catch (IOException e) {
      out.println("console: cannot read standard input: " + e.getMessage());
    }
    return false;
  }

  /** Runs one command; false when it was quit. */
  public boolean execute(String line) {
    if (line.isEmpty()) {
      return true;
    }
    String[] w = line.split("\\s+", 3);
    try {
      switch (w[0].toLowerCase(Locale.ROOT)) {
        case "quit", "exit" -> {
          return false;
        }
        case "status" -> out.println(JSON.writeValueAsString(control.status()));
        case "received" -> out.println(JSON.writeValueAsString(control.received()));
        case "fault", "set" -> set(w);
        case "clear" -> clear(w);
        case "help" -> help();
        default -> out.println("unknown command '" + w[0] + "'; type help");
      }
    } catch (IllegalArgumentException e) {
      out.println("error: " + e.getMessage());
    }
    return true;
  }

  private void set(String[] w) {
    if (w.length < 2) {
      throw new IllegalArgumentException("fault needs a NAME; type help");
    }
    control.set(w[1], w.length > 2 ? w[2] : null);
    out.println("ok: " + JSON.writeValueAsString(control.status()));
  }

  private void clear(String[] w) {
    if (w.length < 2) {
      control.clearAll();
    } else {
      control.clear(w[1]);
    }
    out.println("ok: " + JSON.writeValueAsString(control.status()));
  }

  private void help() {
    out.println("commands: status | received | fault NAME [VALUE] | clear [NAME] | help | quit");
    out.println(control.device() + " faults:");
    control.faultHelp().forEach(h -> out.println("  " + h));
  }
}
