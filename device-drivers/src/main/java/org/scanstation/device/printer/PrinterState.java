package org.scanstation.device.printer;

/**
 * What a label printer is doing, as far as the station can tell, with the words a person needs to
 * fix it. Faults are listed in the order they are reported when several are on at once: the one to
 * fix first comes first.
 */
public enum PrinterState {
  /** Answers and reports no fault: jobs may be sent. */
  READY("ready", null),
  /** The print head is open. */
  HEAD_OPEN("head open", "close the print head"),
  /** Out of labels (media out). */
  PAPER_OUT("paper out", "load labels and close the head"),
  /** Out of ribbon (thermal transfer printers). */
  RIBBON_OUT("ribbon out", "load a ribbon"),
  /** Another error the printer reports (cutter fault, head temperature, spooler refusing jobs). */
  ERROR("error", "see the printer's display and fix what it shows"),
  /** Paused by its PAUSE key or by {@code ~PP}. */
  PAUSED("paused", "press PAUSE on the printer to resume"),
  /** Its receive buffer is full: formats sent now would be lost. */
  BUFFER_FULL("receive buffer full", "wait for it to print what it has"),
  /**
   * Reachable but no answer to status queries within the timeout. Zebras send nothing while out of
   * paper or ribbon or with the head open, so silence is a fault, never "OK".
   */
  UNRESPONSIVE(
      "does not answer status queries",
      "check the printer: Zebras fall silent while out of paper or ribbon or with the head open"),
  /** Cannot be reached at all: connection refused, no route, device unplugged, no such queue. */
  UNREACHABLE("cannot be reached", "check that it is on and connected, and its address");

  private final String words;
  private final String fix;

  PrinterState(String words, String fix) {
    this.words = words;
    this.fix = fix;
  }

  /** The state in a few words: "head open". */
  public String words() {
    return words;
  }

  /** What a person should do, or null when nothing is needed. */
  public String fix() {
    return fix;
  }

  /** Whether the printer answered at all (every state but unresponsive and unreachable). */
  public boolean answered() {
    return this != UNRESPONSIVE && this != UNREACHABLE;
  }
}
