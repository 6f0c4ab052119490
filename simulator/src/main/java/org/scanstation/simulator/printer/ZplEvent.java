package org.scanstation.simulator.printer;

/** What the {@link ZplSplitter} found in the bytes a printer received. */
sealed interface ZplEvent {
  /** A {@code ^XA} began a format. */
  record FormatStarted() implements ZplEvent {}

  /** A format ended with {@code ^XZ}: its exact bytes from {@code ^XA} on. */
  record FormatCompleted(byte[] zpl) implements ZplEvent {}

  /**
   * An immediate (tilde) command the printer acts on at once: {@code HS}, {@code HQES} (any {@code
   * HQ} query with its two letters), {@code JA}, {@code PS}, {@code PP}.
   */
  record Immediate(String command) implements ZplEvent {}
}
