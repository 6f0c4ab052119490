package org.scanstation.device.hid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** HID POS scanned-data reports, laid out as Honeywell scanners send them. */
class HidPosDecoderTest {
  private final HidPosDecoder decoder = new HidPosDecoder(512);
  private final RecordingHidSink sink = new RecordingHidSink();

  /** A 64-byte report: id 2, length, AIM id, data, Honeywell code id, continuation flag. */
  private static byte[] report(String aim, String data, boolean more) {
    byte[] r = new byte[64];
    r[0] = 0x02;
    r[1] = (byte) data.length();
    System.arraycopy(aim.getBytes(StandardCharsets.ISO_8859_1), 0, r, 2, 3);
    System.arraycopy(data.getBytes(StandardCharsets.ISO_8859_1), 0, r, 5, data.length());
    r[61] = 'j';
    r[63] = (byte) (more ? 1 : 0);
    return r;
  }

  @Test
  void decodesAWholeGs1BarcodeWithItsSymbologyInOneReport() {
    String data = "420100019\u001D9400111899223197428497";
    sink.feed(decoder, report("]C1", data, false));
    assertThat(sink.barcodes).containsExactly(data);
    assertThat(sink.symbologies).containsExactly("]C1");
  }

  @Test
  void joinsContinuedReports() {
    String first = "A".repeat(56);
    sink.feed(decoder, report("]d2", first, true));
    assertThat(sink.barcodes).isEmpty();
    assertThat(decoder.hasPending()).isTrue();
    sink.feed(decoder, report("]d2", "BC", false));
    assertThat(sink.barcodes).containsExactly(first + "BC");
    assertThat(sink.symbologies).containsExactly("]d2");
    assertThat(decoder.hasPending()).isFalse();
  }

  @Test
  void decodesARecordedReport() {
    // Published as captured from a Honeywell scanner answering a command: "um: N/A\r\n",
    // AIM ]X0, the last report of the reply.
    byte[] recorded = {
      2, 9, 93, 88, 48, 117, 109, 58, 32, 78, 47, 65, 13, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
      0, 0, 0, 63, 0, 0
    };
    sink.feed(decoder, recorded);
    assertThat(sink.barcodes).containsExactly("um: N/A\r\n");
    assertThat(sink.symbologies).containsExactly("]X0");
  }

  @Test
  void ignoresOtherReportIdsAndReportsMalformedOnes() {
    byte[] other = report("]C1", "123", false);
    other[0] = 0x04;
    byte[] tooLong = report("]C1", "123", false);
    tooLong[1] = 57;
    sink.feed(decoder, other, tooLong, new byte[] {2, 3, 0});
    assertThat(sink.barcodes).isEmpty();
    assertThat(sink.problems).hasSize(2).allMatch(p -> p.contains("expected 64 bytes"));
  }

  @Test
  void discardsABarcodeLongerThanTheMaximum() {
    HidPosDecoder small = new HidPosDecoder(60);
    sink.feed(small, report("]C0", "A".repeat(56), true), report("]C0", "B".repeat(10), false));
    sink.feed(small, report("]C0", "OK", false));
    assertThat(sink.barcodes).containsExactly("OK");
    assertThat(sink.discards).hasSize(1);
  }

  @Test
  void aMissingAimIdentifierIsEmpty() {
    byte[] r = report("]C1", "123", false);
    r[2] = 0;
    r[3] = 0;
    r[4] = 0;
    sink.feed(decoder, r);
    assertThat(sink.symbologies).containsExactly("");
  }
}
