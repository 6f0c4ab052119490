package org.scanstation.device.scanner;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.scanstation.device.DeviceException;

/**
 * A device in memory for testing {@link ReconnectingScanner}: bytes go in through {@link #send},
 * {@link #unplug} ends the open session and makes opening fail until {@link #plug}.
 */
final class MemoryDevice implements SessionOpener {
  private static final Object END = new Object();

  private final BlockingQueue<Object> input = new LinkedBlockingQueue<>();
  private final Framing framing;
  private final Clock clock;
  private volatile String missingReason;
  final AtomicInteger openAttempts = new AtomicInteger();
  final AtomicInteger closes = new AtomicInteger();

  MemoryDevice(Framing framing, Clock clock) {
    this.framing = framing;
    this.clock = clock;
  }

  void send(String s) {
    input.add(s.getBytes(StandardCharsets.ISO_8859_1));
  }

  void unplug(String reason) {
    missingReason = reason;
    input.add(END);
  }

  void failOpeningWith(String reason) {
    missingReason = reason;
  }

  void plug() {
    missingReason = null;
  }

  @Override
  public ScannerSession open() {
    openAttempts.incrementAndGet();
    String reason = missingReason;
    if (reason != null) {
      throw new DeviceException(reason);
    }
    input.remove(END);
    return new Session();
  }

  private final class Session implements ScannerSession {
    private final Framer framer = new Framer(framing);

    @Override
    public String describe() {
      return "memory device";
    }

    @Override
    public boolean poll(ScanSink sink) throws java.io.IOException {
      Object next;
      try {
        next = input.poll(20, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        throw new java.io.InterruptedIOException();
      }
      if (next == null) {
        framer.idle(System.nanoTime(), sink);
        return true;
      }
      if (next == END) {
        return false;
      }
      byte[] b = (byte[]) next;
      framer.feed(b, 0, b.length, new Arrival(System.nanoTime(), clock.instant()), sink);
      return true;
    }

    @Override
    public void close() {
      closes.incrementAndGet();
    }
  }
}
