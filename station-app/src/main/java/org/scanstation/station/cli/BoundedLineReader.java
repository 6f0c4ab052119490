package org.scanstation.station.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads lines from a byte stream in constant memory: a line longer than the bound is cut at the
 * bound and the rest skipped up to its end. Bytes that are not valid UTF-8 become U+FFFD, so every
 * input yields text. Line ends are LF, with an optional CR before it. Not thread-safe.
 */
final class BoundedLineReader {
  /** One line: its text (at most the bound) and whether it was cut. */
  record Line(String text, boolean truncated) {}

  private final InputStream in;
  private final int maxBytes;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int end;
  private byte[] line;

  BoundedLineReader(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
    this.line = new byte[Math.min(maxBytes, 256)];
  }

  /** The next line, or null at the end of the stream. Blocks until a line is complete. */
  Line next() {
    int len = 0;
    boolean truncated = false;
    boolean any = false;
    while (true) {
      if (pos == end && !fill()) {
        return any ? finish(len, truncated) : null;
      }
      any = true;
      byte b = buf[pos++];
      if (b == '\n') {
        return finish(len, truncated);
      }
      if (len < maxBytes) {
        if (len == line.length) {
          line = Arrays.copyOf(line, Math.min(maxBytes, line.length * 2));
        }
        line[len++] = b;
      } else {
        truncated = true;
      }
    }
  }

  /** Whether a further line can be read without blocking (used to decide when to flush output). */
  boolean hasBufferedInput() {
    try {
      return pos < end || in.available() > 0;
    } catch (IOException e) {
      return false;
    }
  }

  private Line finish(int len, boolean truncated) {
    if (!truncated && len > 0 && line[len - 1] == '\r') {
      len--;
    }
    return new Line(new String(line, 0, len, StandardCharsets.UTF_8), truncated);
  }

  private boolean fill() {
    try {
      int n = in.read(buf);
      if (n <= 0) {
        return false;
      }
      pos = 0;
      end = n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input: " + e.getMessage(), e);
    }
  }
}
