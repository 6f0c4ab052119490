package org.scanstation.device.scanner;

/** Where decoders and sessions put what they recognise. Called on the scanner's thread only. */
public interface ScanSink {

  /** A complete scan. */
  void frame(byte[] data, Arrival arrival, String symbology);

  /** A problem that does not end the connection. */
  void problem(ScannerError.Kind kind, String message);
}
