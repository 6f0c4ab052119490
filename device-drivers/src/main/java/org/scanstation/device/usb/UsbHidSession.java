package org.scanstation.device.usb;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.time.Clock;
import org.scanstation.device.DeviceException;
import org.scanstation.device.hid.HidReportDecoder;
import org.scanstation.device.hid.HidSink;
import org.scanstation.device.scanner.Arrival;
import org.scanstation.device.scanner.ScanSink;
import org.scanstation.device.scanner.ScannerError;
import org.scanstation.device.scanner.ScannerSession;
import org.usb4java.BufferUtils;
import org.usb4java.DeviceHandle;
import org.usb4java.LibUsb;

/**
 * A claimed HID interface, read report by report from its interrupt IN endpoint with a timeout (so
 * closing never waits for a scan). Used by the scanner's thread only.
 */
final class UsbHidSession implements ScannerSession {
  private static final long READ_TIMEOUT_MILLIS = 100;

  private final String description;
  private final DeviceHandle handle;
  private final HidInterface iface;
  private final boolean reattach;
  private final HidReportDecoder decoder;
  private final Clock clock;
  private final ByteBuffer buffer;
  private final IntBuffer transferred = BufferUtils.allocateIntBuffer();

  UsbHidSession(
      String description,
      DeviceHandle handle,
      HidInterface iface,
      boolean reattach,
      HidReportDecoder decoder,
      Clock clock) {
    this.description = description;
    this.handle = handle;
    this.iface = iface;
    this.reattach = reattach;
    this.decoder = decoder;
    this.clock = clock;
    this.buffer = BufferUtils.allocateByteBuffer(Math.max(64, iface.packetSize()));
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public boolean poll(ScanSink sink) {
    buffer.clear();
    transferred.clear();
    int r =
        LibUsb.interruptTransfer(
            handle, iface.endpoint(), buffer, transferred, READ_TIMEOUT_MILLIS);
    if (r == LibUsb.ERROR_TIMEOUT) {
      return true;
    }
    if (r == LibUsb.ERROR_NO_DEVICE) {
      if (decoder.hasPending()) {
        sink.problem(
            ScannerError.Kind.INCOMPLETE_FRAME,
            "a partly received barcode was lost when " + description + " was unplugged");
      }
      return false;
    }
    if (r < 0) {
      throw new DeviceException(description + ": read failed: " + UsbErrors.name(r));
    }
    int n = transferred.get(0);
    byte[] report = new byte[n];
    buffer.get(0, report);
    Arrival arrival = new Arrival(System.nanoTime(), clock.instant());
    decoder.report(report, n, new ToScanSink(sink, arrival));
    return true;
  }

  @Override
  public void close() {
    // After an unplug these fail with "no device"; there is nothing else to release then.
    HidInterfaces.release(handle, iface.number(), reattach, true);
    LibUsb.close(handle);
  }

  /** Decoded barcodes become scans stamped with the report's arrival. */
  private record ToScanSink(ScanSink sink, Arrival arrival) implements HidSink {
    @Override
    public void barcode(byte[] data, String symbology) {
      sink.frame(data, arrival, symbology);
    }

    @Override
    public void discarded(String message) {
      sink.problem(ScannerError.Kind.FRAME_TOO_LONG, message);
    }

    @Override
    public void problem(String message) {
      sink.problem(ScannerError.Kind.UNDECODABLE_INPUT, message);
    }
  }
}
