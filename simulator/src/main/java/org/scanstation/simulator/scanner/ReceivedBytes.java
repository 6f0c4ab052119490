package org.scanstation.simulator.scanner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.scanstation.common.DaemonThreads;

/** The last 64 KiB a station sent to a simulated device, filled by reader threads. Thread-safe. */
final class ReceivedBytes {
  private static final int KEEP = 64 * 1024;

  private ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  synchronized void add(byte[] b, int len) {
    bytes.write(b, 0, len);
    if (bytes.size() > 2 * KEEP) {
      byte[] all = bytes.toByteArray();
      bytes = new ByteArrayOutputStream();
      bytes.write(all, all.length - KEEP, KEEP);
    }
  }

  synchronized byte[] last() {
    byte[] all = bytes.toByteArray();
    if (all.length <= KEEP) {
      return all;
    }
    byte[] tail = new byte[KEEP];
    System.arraycopy(all, all.length - KEEP, tail, 0, KEEP);
    return tail;
  }

  /** Reads a stream to its end on a daemon thread, then runs {@code onEnd}. */
  void pumpInBackground(InputStream in, String name, Runnable onEnd) {
    DaemonThreads.start(
        name,
        () -> {
          byte[] buf = new byte[1024];
          try (in) {
            for (int n; (n = in.read(buf)) > 0; ) {
              add(buf, n);
            }
          } catch (IOException e) {
            // the device was unplugged or the station disconnected
          }
          onEnd.run();
        });
  }
}
