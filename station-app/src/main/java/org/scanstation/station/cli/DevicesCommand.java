package org.scanstation.station.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scanstation.device.DeviceException;
import org.scanstation.device.serial.SerialLink;
import org.scanstation.device.serial.SerialPortInfo;
import org.scanstation.device.usb.UsbBus;
import org.scanstation.device.usb.UsbDeviceInfo;
import picocli.CommandLine.Command;

/**
 * {@code station devices}: what a technician can connect a scanner or printer to on this machine.
 * Never fails for want of hardware: a machine without USB (or without the native libraries) says so
 * and exits 0.
 */
@Command(
    name = "devices",
    mixinStandardHelpOptions = true,
    description = {
      "List serial ports and USB devices, marking known scanner and printer vendors.",
      "Ptys and some USB-serial adapters are never listed; give their path in a serial: URI.",
      "Exit status: 0 (also when there is no USB at all)."
    })
final class DevicesCommand implements Callable<Integer> {
  private final CliContext context;

  DevicesCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PrintStream out = context.out();
    printSerialPorts(out);
    out.println();
    printUsbDevices(out);
    out.flush();
    return 0;
  }

  private static void printSerialPorts(PrintStream out) {
    out.println("Serial ports:");
    try {
      List<SerialPortInfo> ports = SerialLink.listPorts();
      if (ports.isEmpty()) {
        out.println("  (none listed)");
      }
      for (SerialPortInfo p : ports) {
        String usb =
            p.vendorId().isPresent() && p.productId().isPresent()
                ? String.format(
                    "  (USB %04x:%04x)", p.vendorId().getAsInt(), p.productId().getAsInt())
                : "";
        out.println("  " + p.path() + "  " + p.description() + usb);
      }
    } catch (DeviceException e) {
      out.println("  " + e.getMessage());
    }
  }

  private static void printUsbDevices(PrintStream out) {
    out.println("USB devices:");
    List<UsbDeviceInfo> devices;
    try {
      devices = UsbBus.shared().devices();
    } catch (DeviceException e) {
      out.println("  " + e.getMessage());
      return;
    }
    if (devices.isEmpty()) {
      out.println("  none: " + UsbBus.whyNoDevices());
    }
    for (UsbDeviceInfo d : devices) {
      out.println(line(d));
      if (!d.note().isEmpty()) {
        out.println("      " + d.note());
      }
    }
  }

  private static String line(UsbDeviceInfo d) {
    StringBuilder s =
        new StringBuilder(
            String.format("  %s  bus %03d device %03d", d.ids(), d.bus(), d.address()));
    if (!d.manufacturer().isEmpty()) {
      s.append("  ").append(d.manufacturer());
    }
    if (!d.product().isEmpty()) {
      s.append("  ").append(d.product());
    }
    d.knownVendor()
        .ifPresent(
            v ->
                s.append("  [")
                    .append(v.role().name().toLowerCase(Locale.ROOT))
                    .append(" vendor: ")
                    .append(v.displayName())
                    .append(']'));
    return s.toString();
  }
}
