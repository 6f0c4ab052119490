package org.scanstation.station.shipments;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Decodes UTF-8 strictly and in constant memory: every malformed byte sequence is reported with its
 * line and column and stands as U+FFFD in the text, so the reader above can refuse the row it is in
 * and go on with the next. Lines end at LF; columns count characters from 1. Not thread-safe.
 */
final class StrictUtf8Reader extends Reader {
  /** A byte that is not UTF-8, where it is: line and column of the character it would have been. */
  record BadByte(long line, long column, int value) {
    String describe() {
      return String.format("not valid UTF-8 (byte 0x%02X)", value);
    }

    /** Whether this byte comes before {@code line}:{@code column}. */
    boolean before(long line, long column) {
      return this.line < line || (this.line == line && this.column < column);
    }
  }

  private final InputStream in;
  private final Consumer<BadByte> bad;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 13).flip();
  private boolean eof;
  private boolean done;
  private long line = 1;
  private long column;

  StrictUtf8Reader(InputStream in, Consumer<BadByte> bad) {
    this.in = Objects.requireNonNull(in, "in");
    this.bad = Objects.requireNonNull(bad, "bad");
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, cbuf.length);
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (out.position() == off && !done) {
      int from = out.position();
      CoderResult r = decoder.decode(bytes, out, eof);
      count(cbuf, from, out.position());
      if (r.isError() && out.hasRemaining()) {
        bad.accept(new BadByte(line, column + 1, bytes.get(bytes.position()) & 0xFF));
        bytes.position(bytes.position() + r.length());
        out.put('\uFFFD');
        column++;
      } else if (r.isUnderflow() && eof) {
        decoder.flush(out);
        done = true;
      } else if (r.isUnderflow()) {
        fill();
      }
    }
    int n = out.position() - off;
    return n == 0 ? -1 : n;
  }

  private void count(char[] cbuf, int from, int to) {
    for (int i = from; i < to; i++) {
      if (cbuf[i] == '\n') {
        line++;
        column = 0;
      } else {
        column++;
      }
    }
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
