package org.scanstation.station;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real, small file system (tmpfs of a few MiB) mounted for one test, that the test can fill to
 * the last byte and free again. Needs root (CI runs as root); elsewhere the test is skipped, saying
 * why.
 */
public final class SmallDisk implements AutoCloseable {
  private final Path mountPoint;
  private final Path filler;

  private SmallDisk(Path mountPoint) {
    this.mountPoint = mountPoint;
    this.filler = mountPoint.resolve("filler.bin");
  }

  /** Mounts a tmpfs of {@code mib} MiB at {@code dir}, or skips the test saying why not. */
  public static SmallDisk mount(Path dir, int mib) throws Exception {
    Files.createDirectories(dir);
    Process p =
        new ProcessBuilder(
                List.of(
                    "mount",
                    "-t",
                    "tmpfs",
                    "-o",
                    "size=" + mib + "m,mode=0700",
                    "tmpfs",
                    dir.toString()))
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    boolean done = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    Assumptions.assumeTrue(
        done, "cannot mount a small tmpfs here (needs root, as in CI): " + out.strip());
    return new SmallDisk(dir);
  }

  /** Where it is mounted. */
  public Path path() {
    return mountPoint;
  }

  /** Fills every free byte with a file of its own; returns its size. */
  public long fill() throws IOException {
    long written = 0;
    byte[] block = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(filler)) {
      while (true) {
        out.write(block);
        written += block.length;
      }
    } catch (IOException full) {
      if (!String.valueOf(full.getMessage()).contains("No space")) {
        throw full;
      }
    }
    // The last partial block: fill to the byte, so nobody else can allocate a page.
    try (OutputStream out =
        Files.newOutputStream(filler, java.nio.file.StandardOpenOption.APPEND)) {
      for (int i = 0; i < 64 * 1024; i++) {
        out.write(0);
        out.flush();
        written++;
      }
    } catch (IOException full) {
      // full to the byte
    }
    return written;
  }

  /** Leaves only {@code bytes} free (and fills the rest). */
  public void leaveFree(long bytes) throws IOException {
    long free = Files.getFileStore(mountPoint).getUsableSpace();
    try (OutputStream out = Files.newOutputStream(filler)) {
      byte[] block = new byte[64 * 1024];
      for (long left = free - bytes; left > 0; left -= block.length) {
        out.write(block, 0, (int) Math.min(block.length, left));
      }
    }
  }

  /** Deletes what {@link #fill} wrote. */
  public void free() throws IOException {
    Files.deleteIfExists(filler);
  }

  /** Unmounts it (lazily: a store a failed test left open must not keep it mounted). */
  @Override
  public void close() throws Exception {
    new ProcessBuilder("umount", "-l", mountPoint.toString()).inheritIO().start().waitFor();
  }
}
