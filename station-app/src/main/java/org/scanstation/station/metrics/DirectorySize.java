package org.scanstation.station.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The bytes of the regular files under a directory. Stateless and thread-safe. */
final class DirectorySize {
  private DirectorySize() {}

  /**
   * The total size of the files under {@code dir}, or {@code NaN} when it cannot be read. Blocks
   * while it walks the tree; a file that goes while it walks (Derby's logs) counts as 0.
   */
  static double of(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(DirectorySize::size).sum();
    } catch (IOException | UncheckedIOException e) {
      return Double.NaN;
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
