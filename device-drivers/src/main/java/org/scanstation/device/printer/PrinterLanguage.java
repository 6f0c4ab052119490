package org.scanstation.device.printer;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.scanstation.device.DeviceException;

/**
 * The command language a printer speaks, set per printer ({@code ?lang=} in its URI): it decides
 * how its labels are rendered and how its status is asked. A printer set to the wrong one answers
 * no status query in the expected form and so shows as faulted, never as printed.
 */
public enum PrinterLanguage {
  /** Zebra Programming Language: Zebras and their clones. The default. */
  ZPL("zpl", "ZPL"),
  /** TSC's TSPL/TSPL2: most cheap 4x6 printers (MUNBYN, Xprinter, Rollo, Beeprt, iDPRT, TSC). */
  TSPL("tspl", "TSPL"),
  /** Eltron Programming Language 2: Zebra LP/TLP 2844 and other older desktop printers. */
  EPL("epl", "EPL2");

  private final String key;
  private final String title;

  PrinterLanguage(String key, String title) {
    this.key = key;
    this.title = title;
  }

  /** How it is written in a URI or a command line: "tspl". */
  public String key() {
    return key;
  }

  /** How people call it: "EPL2". */
  public String title() {
    return title;
  }

  /**
   * The language written as {@code text} (any case).
   *
   * @throws DeviceException naming the value and the choices
   */
  public static PrinterLanguage parse(String text) {
    for (PrinterLanguage l : values()) {
      if (l.key.equalsIgnoreCase(text == null ? "" : text.strip())) {
        return l;
      }
    }
    throw new DeviceException("unknown printer language '" + text + "'; use one of " + choices());
  }

  /** The keys, for messages: "zpl, tspl, epl". */
  public static String choices() {
    return Arrays.stream(values()).map(PrinterLanguage::key).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return key;
  }
}
