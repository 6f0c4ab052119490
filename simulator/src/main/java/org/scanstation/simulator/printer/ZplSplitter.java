package org.scanstation.simulator.printer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits the byte stream a printer receives into formats ({@code ^XA}...{@code ^XZ}) and immediate
 * tilde commands, across arbitrary read boundaries. Bytes between formats are ignored, as a printer
 * ignores line breaks there. Inside field data ({@code ^FD}/{@code ^FV} up to the next {@code ^}) a
 * tilde is data, not a command. A tilde command inside a format is both acted on and kept in the
 * format's bytes. Commands are case-insensitive. The default prefixes {@code ^} and {@code ~} are
 * assumed ({@code ^CC}/{@code ^CT} are not simulated).
 *
 * <p>Not thread-safe: one per connection.
 */
final class ZplSplitter implements JobSplitter {
  private static final char CARET = '^';
  private static final char TILDE = '~';

  private final StringBuilder pending = new StringBuilder();
  private final StringBuilder format = new StringBuilder();
  private boolean inFormat;
  private boolean inFieldData;

  @Override
  public List<PrinterEvent> feed(byte[] bytes, int offset, int length) {
    pending.append(new String(bytes, offset, length, StandardCharsets.ISO_8859_1));
    List<PrinterEvent> events = new ArrayList<>();
    int i = 0;
    while (i < pending.length()) {
      int used = step(i, events);
      if (used == 0) {
        break; // a command is cut by the read boundary: wait for more bytes
      }
      i += used;
    }
    pending.delete(0, i);
    return events;
  }

  @Override
  public boolean inJob() {
    return inFormat;
  }

  @Override
  public void discardPartial() {
    inFormat = false;
    inFieldData = false;
    format.setLength(0);
  }

  /** Consumes input at {@code i}; returns how many chars, or 0 when more input is needed. */
  private int step(int i, List<PrinterEvent> events) {
    char c = pending.charAt(i);
    if (c == CARET) {
      return caret(i, events);
    }
    if (c == TILDE && !inFieldData) {
      return tilde(i, events);
    }
    keep(c);
    return 1;
  }

  private int caret(int i, List<PrinterEvent> events) {
    if (i + 3 > pending.length()) {
      return 0;
    }
    String cmd = pending.substring(i + 1, i + 3).toUpperCase(Locale.ROOT);
    inFieldData = false;
    if (!inFormat) {
      if (cmd.equals("XA")) {
        inFormat = true;
        format.append(pending, i, i + 3);
        events.add(new PrinterEvent.FormatStarted());
      }
      return 3; // other commands outside a format are ignored
    }
    format.append(pending, i, i + 3);
    if (cmd.equals("XZ")) {
      byte[] zpl = format.toString().getBytes(StandardCharsets.ISO_8859_1);
      events.add(new PrinterEvent.FormatCompleted(zpl, ZplFields.read(zpl)));
      format.setLength(0);
      inFormat = false;
    } else if (cmd.equals("FD") || cmd.equals("FV")) {
      inFieldData = true;
    }
    return 3;
  }

  private int tilde(int i, List<PrinterEvent> events) {
    if (i + 3 > pending.length()) {
      return 0;
    }
    String cmd = pending.substring(i + 1, i + 3).toUpperCase(Locale.ROOT);
    int length = 3;
    if (cmd.equals("HQ")) {
      if (i + 5 > pending.length()) {
        return 0;
      }
      cmd = "HQ" + pending.substring(i + 3, i + 5).toUpperCase(Locale.ROOT);
      length = 5;
    }
    if (inFormat) {
      format.append(pending, i, i + length);
    }
    events.add(new PrinterEvent.Immediate(cmd));
    return length;
  }

  /** A cut command at the end is not refused: a ZPL printer ignores what it cannot parse. */
  @Override
  public List<PrinterEvent> end() {
    return List.of();
  }

  private void keep(char c) {
    if (inFormat) {
      format.append(c);
    }
  }
}
