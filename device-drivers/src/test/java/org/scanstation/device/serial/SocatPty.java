package org.scanstation.device.serial;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A pty pair made by socat for tests: the driver opens {@link #station()}, the test {@link
 * #peer()}. Closing it is unplugging a USB-serial adapter; a new one in the same directory plugs it
 * back in at the same path.
 */
public final class SocatPty implements AutoCloseable {
  private final Path station;
  private final Path peer;
  private final Process socat;

  /**
   * Starts socat with both ends linked in {@code dir}; returns once socat moves bytes. The links
   * alone are not enough: socat sets a pty's modes after linking it, and a writer that fills the
   * pty before then holds the tty's write lock that the mode change waits for, for ever.
   */
  public SocatPty(Path dir) throws IOException {
    station = dir.resolve("station-end");
    peer = dir.resolve("peer-end");
    Path log = dir.resolve("socat.log");
    socat =
        new ProcessBuilder(
                "socat",
                "-d",
                "-d",
                "pty,raw,echo=0,link=" + station,
                "pty,raw,echo=0,link=" + peer)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                Files.readString(log).contains("starting data transfer loop")
                    && Files.exists(station)
                    && Files.exists(peer));
  }

  /** The end the station opens. */
  public Path station() {
    return station;
  }

  /** The end the test writes to, as the scanner would. */
  public Path peer() {
    return peer;
  }

  /** Ends socat: both ends of the pair disappear, like an unplugged USB-serial adapter. */
  @Override
  public void close() throws InterruptedException {
    socat.destroy();
    if (!socat.waitFor(5, TimeUnit.SECONDS)) {
      socat.destroyForcibly();
    }
  }
}
