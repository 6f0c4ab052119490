package org.scanstation.device.printer.link;

import java.io.IOException;
import java.time.Duration;
import org.scanstation.device.usb.UsbPrinterTransport;
import org.scanstation.device.usb.UsbPrinterWire;

/**
 * A USB printer-class printer, through the USB package's {@link UsbPrinterTransport} (the printer
 * side depends on the USB bus, never the other way). Immutable; every {@link #open()} finds the
 * device again, so a replugged printer is found.
 */
public final class UsbPrinterLink implements PrinterLink {
  private final UsbPrinterTransport transport;

  /**
   * The printer with these ids, or the first printer-class device when both are -1.
   *
   * @param timeout how long one bulk transfer may take
   */
  public UsbPrinterLink(int vendorId, int productId, Duration timeout) {
    this.transport = new UsbPrinterTransport(vendorId, productId, timeout);
  }

  @Override
  public String address() {
    return transport.address();
  }

  @Override
  public PrinterWire open() throws IOException {
    return new UsbWire(transport.open());
  }

  @Override
  public String toString() {
    return address();
  }

  /** A claimed printer interface as a wire; its port status byte decoded as signals. */
  private record UsbWire(UsbPrinterWire usb) implements PrinterWire {
    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      usb.write(bytes, offset, length);
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws IOException {
      return usb.read(buffer, timeout);
    }

    @Override
    public void discardInput() throws IOException {
      usb.discardInput();
    }

    @Override
    public boolean canRead() {
      return usb.canRead();
    }

    @Override
    public PortSignals portSignals() throws IOException {
      return PortSignals.of(usb.portStatus());
    }

    @Override
    public void close() {
      usb.close();
    }
  }
}
