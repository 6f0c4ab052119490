package org.scanstation.device.usb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.time.Duration;
import org.usb4java.DeviceHandle;
import org.usb4java.LibUsb;

/**
 * A claimed USB printer interface: bulk OUT for jobs, bulk IN (when there is one) for replies, and
 * the class request GET_PORT_STATUS for one-way printers. Every call blocks up to the transfer
 * timeout. Not thread-safe: its owner uses it from one thread at a time.
 */
public final class UsbPrinterWire implements AutoCloseable {
  private static final byte GET_PORT_STATUS = 1;
  private static final int CHUNK = 16 * 1024;

  private final DeviceHandle handle;
  private final int iface;
  private final byte out;
  private final byte in;
  private final Duration timeout;
  private final String ids;
  private boolean closed;

  UsbPrinterWire(DeviceHandle handle, int iface, byte out, byte in, Duration timeout, String ids) {
    this.handle = handle;
    this.iface = iface;
    this.out = out;
    this.in = in;
    this.timeout = timeout;
    this.ids = ids;
  }

  /** Writes every byte on bulk OUT, in chunks; IOException naming the printer and the error. */
  public void write(byte[] bytes, int offset, int length) throws IOException {
    IntBuffer moved = IntBuffer.allocate(1);
    for (int at = offset; at < offset + length; ) {
      int n = Math.min(CHUNK, offset + length - at);
      ByteBuffer chunk = ByteBuffer.allocateDirect(n);
      chunk.put(bytes, at, n).rewind();
      int r = LibUsb.bulkTransfer(handle, out, chunk, moved, timeout.toMillis());
      at += moved.get(0);
      if (r != LibUsb.SUCCESS) {
        throw new IOException(
            "USB printer "
                + ids
                + ": "
                + UsbErrors.name(r)
                + " after "
                + (at - offset)
                + " of "
                + length
                + " bytes");
      }
    }
  }

  /**
   * Reads what bulk IN delivers within {@code wait}: the count, 0 when nothing came (or there is no
   * bulk IN), -1 when the device is gone.
   */
  public int read(byte[] buffer, Duration wait) throws IOException {
    if (in == 0) {
      return 0;
    }
    ByteBuffer got = ByteBuffer.allocateDirect(buffer.length);
    IntBuffer moved = IntBuffer.allocate(1);
    int r = LibUsb.bulkTransfer(handle, in, got, moved, Math.max(1, wait.toMillis()));
    if (r == LibUsb.ERROR_NO_DEVICE) {
      return -1;
    }
    if (r != LibUsb.SUCCESS && r != LibUsb.ERROR_TIMEOUT) {
      throw new IOException("USB printer " + ids + ": " + UsbErrors.name(r));
    }
    int n = moved.get(0);
    got.get(buffer, 0, n);
    return n;
  }

  /** Throws away input already waiting on bulk IN. */
  public void discardInput() throws IOException {
    byte[] sink = new byte[512];
    while (read(sink, Duration.ofMillis(1)) > 0) {
      // a late reply to an earlier query
    }
  }

  /** Whether the printer has a bulk IN endpoint, so it can answer status queries. */
  public boolean canRead() {
    return in != 0;
  }

  /** The printer class port status byte (GET_PORT_STATUS): IEEE 1284 signals. */
  public int portStatus() throws IOException {
    ByteBuffer status = ByteBuffer.allocateDirect(1);
    byte type =
        (byte) (LibUsb.ENDPOINT_IN | LibUsb.REQUEST_TYPE_CLASS | LibUsb.RECIPIENT_INTERFACE);
    int r =
        LibUsb.controlTransfer(
            handle, type, GET_PORT_STATUS, (short) 0, (short) iface, status, timeout.toMillis());
    if (r < 1) {
      throw new IOException(
          "USB printer "
              + ids
              + ": GET_PORT_STATUS failed: "
              + (r < 0 ? UsbErrors.name(r) : "no data"));
    }
    return status.get(0) & 0xFF;
  }

  /** Releases the interface and closes the device; idempotent. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      LibUsb.releaseInterface(handle, iface);
      LibUsb.close(handle);
    }
  }
}
