package org.scanstation.simulator.scanner;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Turns scan text into the bytes a scanner sends. Scans are ISO-8859-1 (one byte per character), so
 * a GS (0x1D) in the text is a GS on the wire. Stateless.
 */
public final class ScanEncoder {
  /** Noise bytes: no digits, no CR/LF/GS, nothing a framer could mistake for data or a boundary. */
  private static final byte[] NOISE = "#?*%&@~^|!=+<>".getBytes(StandardCharsets.US_ASCII);

  private ScanEncoder() {}

  /** Prefix + scan + suffix. */
  public static byte[] encode(String scan, ScannerSettings settings) {
    ByteArrayOutputStream b = new ByteArrayOutputStream(scan.length() + 8);
    b.writeBytes(settings.aimPrefix().getBytes(StandardCharsets.ISO_8859_1));
    b.writeBytes(scan.getBytes(StandardCharsets.ISO_8859_1));
    b.writeBytes(settings.suffix().bytes());
    return b.toByteArray();
  }

  /** A noise line (3-12 noise bytes, high bytes included) followed by the suffix. */
  public static byte[] junkLine(RandomGenerator random, ScannerSettings settings) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int n = 3 + random.nextInt(10);
    for (int i = 0; i < n; i++) {
      b.write(
          random.nextInt(4) == 0
              ? 0x80 + random.nextInt(0x80)
              : NOISE[random.nextInt(NOISE.length)]);
    }
    b.writeBytes(settings.suffix().bytes());
    return b.toByteArray();
  }

  /** The bytes in pieces of at most {@code size} (all at once when size is 0). */
  public static List<byte[]> fragments(byte[] bytes, int size) {
    if (size <= 0 || bytes.length <= size) {
      return List.of(bytes);
    }
    List<byte[]> pieces = new ArrayList<>();
    for (int from = 0; from < bytes.length; from += size) {
      byte[] piece = new byte[Math.min(size, bytes.length - from)];
      System.arraycopy(bytes, from, piece, 0, piece.length);
      pieces.add(piece);
    }
    return pieces;
  }
}
