package org.scanstation.station.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.scanstation.station.StationException;

/**
 * The one way a command writes a file it was asked for with {@code --out}: the whole file or
 * nothing (a temporary sibling moved into place), so a half-written label or PDF is never picked
 * up; {@code -} writes to standard output.
 */
final class OutputFile {
  private OutputFile() {}

  /**
   * Writes {@code bytes} to {@code out} ({@code -} for standard output).
   *
   * @param what what is written, for the error message, e.g. {@code the label}
   * @throws StationException naming the file and the cause when it cannot be written
   */
  static void write(CliContext context, String out, byte[] bytes, String what) {
    if (out.equals("-")) {
      context.out().write(bytes, 0, bytes.length);
      context.out().flush();
      return;
    }
    Path target = Path.of(out).toAbsolutePath();
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    try {
      Files.write(tmp, bytes);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // the write failed already; that is what the message says
      }
      throw new StationException(
          "cannot write " + what + " to " + target + ": " + e + " (is the directory writable?)", e);
    }
  }
}
