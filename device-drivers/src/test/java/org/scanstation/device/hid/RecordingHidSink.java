package org.scanstation.device.hid;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a decoder produced. */
final class RecordingHidSink implements HidSink {
  final List<String> barcodes = new ArrayList<>();
  final List<String> symbologies = new ArrayList<>();
  final List<String> discards = new ArrayList<>();
  final List<String> problems = new ArrayList<>();

  @Override
  public void barcode(byte[] data, String symbology) {
    barcodes.add(new String(data, StandardCharsets.ISO_8859_1));
    symbologies.add(symbology);
  }

  @Override
  public void discarded(String message) {
    discards.add(message);
  }

  @Override
  public void problem(String message) {
    problems.add(message);
  }

  void feed(HidReportDecoder decoder, byte[]... reports) {
    for (byte[] r : reports) {
      decoder.report(r, r.length, this);
    }
  }
}
