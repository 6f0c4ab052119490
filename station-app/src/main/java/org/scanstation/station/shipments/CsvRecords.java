package org.scanstation.station.shipments;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.Consumer;
import org.scanstation.station.StationException;

/**
 * The text of a CSV file record by record (a record is one line, or several while a quoted field is
 * open), with every record that cannot be trusted left out: one with a byte that is not UTF-8, one
 * longer than {@link #MAX_RECORD_CHARS}, or one whose quote never closes. Each left-out record is
 * reported and stands as blank lines, so the CSV parser reading this text still counts the file's
 * own line numbers. Memory stays within one record however large the file. Not thread-safe.
 */
final class CsvRecords extends Reader {
  /** A shipment row is a few hundred characters; anything this long is not one. */
  static final int MAX_RECORD_CHARS = 64 * 1024;

  private final String fileName;
  private final Reader text;
  private final Deque<StrictUtf8Reader.BadByte> badBytes;
  private final Consumer<ShipmentFiles.Unreadable> bad;
  private final char[] buf = new char[1 << 13];
  private int pos;
  private int end;
  private final StringBuilder record = new StringBuilder();
  private String pending = "";
  private int pendingAt;
  private long nextLine = 1;

  /**
   * Reads {@code text}, whose decoder reports bad bytes into {@code badBytes}; {@code fileName} is
   * for the message when the header itself is unreadable.
   */
  CsvRecords(
      String fileName,
      Reader text,
      Deque<StrictUtf8Reader.BadByte> badBytes,
      Consumer<ShipmentFiles.Unreadable> bad) {
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    this.text = Objects.requireNonNull(text, "text");
    this.badBytes = Objects.requireNonNull(badBytes, "badBytes");
    this.bad = Objects.requireNonNull(bad, "bad");
  }

  /** A reader of {@code bytes} decoded strictly, split into trusted records. */
  static CsvRecords of(String fileName, InputStream bytes, Consumer<ShipmentFiles.Unreadable> bad) {
    Deque<StrictUtf8Reader.BadByte> found = new ArrayDeque<>();
    // Only a line's first bad byte is kept: a long line of binary must not fill the heap.
    Consumer<StrictUtf8Reader.BadByte> firstPerLine =
        b -> {
          if (found.isEmpty() || found.peekLast().line() != b.line()) {
            found.addLast(b);
          }
        };
    return new CsvRecords(fileName, new StrictUtf8Reader(bytes, firstPerLine), found, bad);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, cbuf.length);
    while (pendingAt == pending.length()) {
      if (!nextRecord()) {
        return -1;
      }
    }
    int n = Math.min(len, pending.length() - pendingAt);
    pending.getChars(pendingAt, pendingAt + n, cbuf, off);
    pendingAt += n;
    return n;
  }

  /** Reads the next record into {@code pending}: its text, or blank lines in its place. */
  private boolean nextRecord() throws IOException {
    long first = nextLine;
    record.setLength(0);
    Field field = Field.START;
    boolean cut = false;
    int newlines = 0;
    int c = 0;
    while ((c = next()) >= 0) {
      if (record.length() < MAX_RECORD_CHARS) {
        record.append((char) c);
      } else {
        cut = true;
      }
      field = field.after((char) c);
      if (c == '\n') {
        newlines++;
        if (field != Field.QUOTED || cut) {
          break; // a record cut short ends with its line: no quote state is known past the cut
        }
      }
    }
    nextLine = first + newlines;
    if (c < 0 && record.isEmpty()) {
      return false;
    }
    long last = c < 0 ? nextLine : nextLine - 1; // the last line may have no line end
    ShipmentFiles.Unreadable problem = problem(first, last, cut, field == Field.QUOTED);
    if (problem == null) {
      pending = record.toString();
    } else if (first == 1) {
      throw new StationException(
          fileName + " line 1: the header row " + problem.reason() + "; fix the header row");
    } else {
      bad.accept(problem);
      pending = "\n".repeat(newlines);
    }
    pendingAt = 0;
    return true;
  }

  private ShipmentFiles.Unreadable problem(long first, long last, boolean cut, boolean unclosed) {
    StrictUtf8Reader.BadByte b = null;
    while (!badBytes.isEmpty() && badBytes.peekFirst().line() <= last) {
      StrictUtf8Reader.BadByte x = badBytes.pollFirst();
      b = b == null ? x : b;
    }
    if (b != null) {
      return new ShipmentFiles.Unreadable(
          b.line(), b.column(), ShipmentFiles.INVALID_UTF8, b.describe());
    }
    if (cut) {
      return new ShipmentFiles.Unreadable(
          first,
          null,
          ShipmentFiles.TOO_LONG,
          "is longer than "
              + MAX_RECORD_CHARS
              + " characters (a quote that is never closed?); a shipment row is a few hundred");
    }
    if (unclosed) {
      return new ShipmentFiles.Unreadable(
          first, null, ShipmentFiles.MALFORMED_ROW, "opens a quoted field that is never closed");
    }
    return null;
  }

  /**
   * Where a character leaves the current field, as RFC 4180 reads it: a quote opens a quoted field
   * only at the start of a field (elsewhere, as in {@code 5" tall}, it is text), and inside one a
   * doubled quote is a quote. Only inside a quoted field does a line end not end the record.
   */
  private enum Field {
    START,
    PLAIN,
    QUOTED,
    QUOTE_IN_QUOTED;

    Field after(char c) {
      return switch (this) {
        case START -> c == '"' ? QUOTED : c == ',' || c == '\n' ? START : PLAIN;
        case PLAIN -> c == ',' || c == '\n' ? START : PLAIN;
        case QUOTED -> c == '"' ? QUOTE_IN_QUOTED : QUOTED;
        case QUOTE_IN_QUOTED -> c == '"' ? QUOTED : c == ',' || c == '\n' ? START : PLAIN;
      };
    }
  }

  private int next() throws IOException {
    if (pos == end) {
      int n = text.read(buf, 0, buf.length);
      if (n < 0) {
        return -1;
      }
      pos = 0;
      end = n;
    }
    return buf[pos++];
  }

  @Override
  public void close() throws IOException {
    text.close();
  }
}
