package org.scanstation.device.hid;

/** Where a {@link HidReportDecoder} puts what it decoded. Called on the decoder's thread. */
public interface HidSink {

  /**
   * A complete barcode.
   *
   * @param data its bytes (terminator removed, GS kept)
   * @param symbology the AIM symbology identifier when the report carries one, else empty
   */
  void barcode(byte[] data, String symbology);

  /** A barcode longer than the decoder's maximum was discarded. */
  void discarded(String message);

  /** Input the decoder could not use; decoding goes on with the next report. */
  void problem(String message);
}
