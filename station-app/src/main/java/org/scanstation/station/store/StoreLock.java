package org.scanstation.station.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.scanstation.station.StationException;

/**
 * The one-process-per-store rule: an OS file lock on {@code station.lock} (owner-only) in the data
 * directory, held for as long as the store is open. The file names the holder (pid, start time) so
 * that a second process can say who has it. The OS releases the lock when the holder dies, even by
 * SIGKILL. Thread-safe.
 */
final class StoreLock implements AutoCloseable {
  /**
   * Lock files this JVM holds. A second channel on a held file must never be opened: on POSIX,
   * closing any descriptor of a file drops the process's locks on it.
   */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private StoreLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock for the store in {@code dataDir}, or fails naming the path and the holder.
   *
   * @throws StoreInUseException when another process (or this one) holds it
   */
  static StoreLock acquire(Path dataDir, Path storePath) {
    Path file = dataDir.toAbsolutePath().normalize().resolve("station.lock");
    if (!HELD.add(file)) {
      throw new StoreInUseException(
          storePath, "this process, pid " + ProcessHandle.current().pid());
    }
    FileChannel channel = null;
    try {
      PrivateFiles.createDirectories(dataDir);
      channel =
          FileChannel.open(
              file,
              Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE),
              PrivateFiles.fileAttributes());
      FileLock lock = tryLock(channel);
      if (lock == null) {
        String holder = Files.readString(file, StandardCharsets.UTF_8).strip().replace('\n', ' ');
        channel.close();
        HELD.remove(file);
        throw new StoreInUseException(storePath, holder);
      }
      String me = "pid " + ProcessHandle.current().pid() + ", since " + Instant.now() + "\n";
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(true);
      return new StoreLock(file, channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      HELD.remove(file);
      throw new StationException(
          "cannot lock " + file + ": " + e.getMessage() + " (is the data directory writable?)", e);
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    return channel.tryLock();
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // already failing; the first error is the one to report
      }
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
      HELD.remove(file);
    } catch (IOException e) {
      throw new StationException("cannot release the store lock: " + e.getMessage(), e);
    }
  }
}
