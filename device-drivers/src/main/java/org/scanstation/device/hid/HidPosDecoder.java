package org.scanstation.device.hid;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Decodes HID POS scanned-data reports (usage page 0x8C, "Bar Code Scanner"): the whole barcode and
 * its symbology arrive as data, with no keyboard layout in between. The layout is the one
 * Honeywell, Zebra and Datalogic scanners use in HID POS mode (64-byte input report):
 *
 * <pre>
 * byte 0      report id (0x02)
 * byte 1      number of data bytes in this report (0-56)
 * bytes 2-4   AIM symbology identifier, e.g. "]C1" (GS1-128), "]d2" (GS1 DataMatrix)
 * bytes 5-60  data
 * bytes 61-62 vendor (Honeywell: its own code id)
 * byte 63     bit 0 set: more reports of the same barcode follow
 * </pre>
 *
 * Reports with another id (status, feature replies) are ignored. A barcode longer than {@code
 * maxLength} is discarded and reported. Not thread-safe.
 */
public final class HidPosDecoder implements HidReportDecoder {
  /** The id of the scanned-data input report. */
  public static final int REPORT_ID = 0x02;

  private static final int REPORT_LENGTH = 64;
  private static final int MAX_DATA = 56;
  private static final int DATA_OFFSET = 5;
  private static final int MORE_FLAG = 63;

  private final int maxLength;
  private final ByteArrayOutputStream data = new ByteArrayOutputStream();
  private String symbology;
  private boolean tooLong;

  /** A decoder that keeps at most {@code maxLength} bytes of one barcode. */
  public HidPosDecoder(int maxLength) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
    }
    this.maxLength = maxLength;
  }

  @Override
  public String describe() {
    return "HID POS";
  }

  @Override
  public void report(byte[] report, int length, HidSink sink) {
    if (length < 1 || (report[0] & 0xFF) != REPORT_ID) {
      return;
    }
    int n = length >= 2 ? report[1] & 0xFF : -1;
    if (length < REPORT_LENGTH || n > MAX_DATA) {
      sink.problem(
          "HID POS report ignored: "
              + length
              + " bytes, data length "
              + n
              + " (expected 64 bytes, data length 0-56)");
      return;
    }
    if (symbology == null) {
      symbology = aim(report);
    }
    if (data.size() + n > maxLength) {
      tooLong = true;
    } else {
      data.write(report, DATA_OFFSET, n);
    }
    if ((report[MORE_FLAG] & 0x01) == 0) {
      end(sink);
    }
  }

  private void end(HidSink sink) {
    if (tooLong) {
      sink.discarded("discarded a barcode longer than " + maxLength + " bytes");
    } else if (data.size() > 0) {
      sink.barcode(data.toByteArray(), symbology);
    }
    data.reset();
    symbology = null;
    tooLong = false;
  }

  /** The AIM identifier, when the scanner filled it in (printable ASCII; NULs mean none). */
  private static String aim(byte[] report) {
    String id = new String(report, 2, 3, StandardCharsets.ISO_8859_1);
    return id.chars().allMatch(c -> c > 0x20 && c < 0x7F) ? id : "";
  }

  @Override
  public boolean hasPending() {
    return data.size() > 0 || tooLong;
  }
}
