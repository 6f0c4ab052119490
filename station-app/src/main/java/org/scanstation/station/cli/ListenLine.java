package org.scanstation.station.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;
import org.scanstation.device.scanner.Scan;
import org.scanstation.device.scanner.ScannerError;
import org.scanstation.device.scanner.ScannerStatus;

/** One JSON line of {@code station listen}: a scan, a status change or an error. */
sealed interface ListenLine {

  /** {@code {"scanner":…,"text":…,"hex":…,"receivedAt":…}}, plus the symbology when known. */
  record Scanned(
      String scanner,
      String text,
      String hex,
      String receivedAt,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) String symbology)
      implements ListenLine {}

  /** {@code {"scanner":…,"status":"CONNECTED","detail":…,"at":…}}. */
  record Status(String scanner, String status, String detail, String at) implements ListenLine {}

  /** {@code {"scanner":…,"error":"FRAME_TOO_LONG","message":…,"at":…}}. */
  record Error(String scanner, String error, String message, String at) implements ListenLine {}

  static ListenLine of(Scan s) {
    return new Scanned(s.scannerId(), s.text(), s.hex(), s.receivedAt().toString(), s.symbology());
  }

  static ListenLine of(ScannerStatus s) {
    return new Status(s.scannerId(), s.state().name(), s.detail(), s.at().toString());
  }

  static ListenLine of(ScannerError e) {
    return new Error(
        e.scannerId(), e.kind().name().toUpperCase(Locale.ROOT), e.message(), e.at().toString());
  }
}
