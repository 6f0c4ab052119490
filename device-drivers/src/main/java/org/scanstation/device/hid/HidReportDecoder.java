package org.scanstation.device.hid;

/**
 * Turns a scanner's HID input reports, in the order they arrived, into barcodes. Implementations
 * are pure (no I/O, no clock) and keep state between reports, so they are not thread-safe: one per
 * device, used by the thread that reads it.
 */
public interface HidReportDecoder {

  /** Takes one input report: {@code length} bytes of {@code report}, as read from the device. */
  void report(byte[] report, int length, HidSink sink);

  /** Whether part of a barcode is held, waiting for the rest (lost if the device goes now). */
  boolean hasPending();

  /** What the decoder expects, for status messages: "boot keyboard", "HID POS". */
  String describe();
}
