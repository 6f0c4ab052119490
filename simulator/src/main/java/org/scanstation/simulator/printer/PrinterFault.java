package org.scanstation.simulator.printer;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A fault the simulated printer can be put in; several can be on at once. */
public enum PrinterFault {
  /** Out of labels: {@code ~HS} paper-out flag, {@code ~HQES} error 0x1; printing halts. */
  PAPER_OUT(true),
  /** Out of ribbon: {@code ~HS} ribbon-out flag, {@code ~HQES} error 0x2; printing halts. */
  RIBBON_OUT(true),
  /** Print head open: {@code ~HS} head-up flag, {@code ~HQES} error 0x4; printing halts. */
  HEAD_OPEN(true),
  /** Paused (the pause key, or {@code ~PP}): {@code ~HS} pause flag; {@code ~PS} resumes. */
  PAUSED(true),
  /** Receive buffer full: {@code ~HS} buffer-full flag; formats arriving now are discarded. */
  BUFFER_FULL(false),
  /** Takes every byte but answers no status query, as faulted Zebras do. */
  SILENT(false),
  /** Not listening: TCP connections are refused; a serial printer's pty disappears. */
  REFUSE_CONNECTIONS(false),
  /**
   * Drops the connection when a format starts ({@code ^XA}): TCP is reset, the partial job is lost;
   * over serial the partial format is discarded.
   */
  DROP_MID_JOB(false);

  private final boolean haltsPrinting;

  PrinterFault(boolean haltsPrinting) {
    this.haltsPrinting = haltsPrinting;
  }

  /** Whether queued labels wait (not counted as printed) while this fault is on. */
  public boolean haltsPrinting() {
    return haltsPrinting;
  }

  /** The name on the command line and the admin interface: {@code paper-out}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The fault with this name ({@code paper-out} or {@code PAPER_OUT}).
   *
   * @throws IllegalArgumentException listing the names when none matches
   */
  public static PrinterFault parse(String name) {
    String n = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (PrinterFault f : values()) {
      if (f.name().equals(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown printer fault '" + name + "'; use one of " + names());
  }

  /** Every fault's CLI name, comma-separated. */
  public static String names() {
    return Arrays.stream(values()).map(PrinterFault::cliName).collect(Collectors.joining(", "));
  }
}
