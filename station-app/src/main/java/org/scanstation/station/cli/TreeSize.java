package org.scanstation.station.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.scanstation.common.DaemonThreads;

/**
 * Progress in bytes for work that is one blocking call (Derby's online backup, a restore): the
 * bytes under a directory are measured every {@link #POLL_MS} ms on a daemon thread while the call
 * runs. The progress is touched only by that thread until it is joined, then by the caller.
 */
final class TreeSize {
  static final long POLL_MS = 250;

  private TreeSize() {}

  /** The bytes of the regular files under {@code dir}; 0 when it does not exist. Blocks on I/O. */
  static long of(Path dir) {
    BiPredicate<Path, BasicFileAttributes> file = (p, a) -> a.isRegularFile();
    try (Stream<Path> files = Files.find(dir, Integer.MAX_VALUE, file)) {
      return files.mapToLong(TreeSize::sizeOrZero).sum();
    } catch (NoSuchFileException e) {
      return 0;
    } catch (IOException | UncheckedIOException e) {
      return 0; // a file went away while measured: progress only, the next poll measures again
    }
  }

  /** Runs {@code work} while showing the growth of {@code dir} over its size before it began. */
  static <T> T watching(Path dir, Progress progress, Supplier<T> work) {
    long before = of(dir);
    Thread poller =
        DaemonThreads.start(
            "progress-" + dir.getFileName(),
            () -> {
              try {
                while (!Thread.currentThread().isInterrupted()) {
                  progress.at(Math.max(0, of(dir) - before));
                  Thread.sleep(POLL_MS); // a display refresh rate, not a wait for a condition
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    try {
      return work.get();
    } finally {
      poller.interrupt();
      joinQuietly(poller);
      progress.at(Math.max(0, of(dir) - before));
    }
  }

  private static void joinQuietly(Thread poller) {
    try {
      poller.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long sizeOrZero(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }
}
