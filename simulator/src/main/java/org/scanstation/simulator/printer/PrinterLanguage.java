package org.scanstation.simulator.printer;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The command language a simulated printer speaks; it understands no other. */
public enum PrinterLanguage {
  /** Zebra ZPL II: formats {@code ^XA}...{@code ^XZ}, status {@code ~HS}, {@code ~HQES}. */
  ZPL,
  /**
   * TSC TSPL/TSPL2: a {@code BITMAP} raster and {@code PRINT}, status {@code <ESC>!?}, {@code !S}.
   */
  TSPL,
  /** Zebra EPL2: a {@code GW} raster and {@code P1}, status {@code ^ee}. */
  EPL;

  /** The name on the command line and in views: {@code tspl}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The language with this name ({@code tspl} or {@code TSPL}).
   *
   * @throws IllegalArgumentException listing the names when none matches
   */
  public static PrinterLanguage parse(String name) {
    String n = name.strip().toUpperCase(Locale.ROOT);
    for (PrinterLanguage l : values()) {
      if (l.name().equals(n)) {
        return l;
      }
    }
    String all =
        Arrays.stream(values()).map(PrinterLanguage::cliName).collect(Collectors.joining(", "));
    throw new IllegalArgumentException(
        "unknown printer language '" + name + "'; use one of " + all);
  }

  JobSplitter newSplitter() {
    return switch (this) {
      case ZPL -> new ZplSplitter();
      case TSPL -> new RasterJobSplitter(new TsplDialect());
      case EPL -> new RasterJobSplitter(new EplDialect());
    };
  }
}
