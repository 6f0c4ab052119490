package org.scanstation.device.hid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Boot keyboard reports as scanners in keyboard mode send them (8 bytes each). */
class BootKeyboardDecoderTest {
  private static final int L_CTRL = 0x01;
  private static final int L_SHIFT = 0x02;
  private static final int L_ALT = 0x04;
  private static final byte[] UP = report(0);

  private final BootKeyboardDecoder decoder = new BootKeyboardDecoder(512);
  private final RecordingHidSink sink = new RecordingHidSink();

  private static byte[] report(int modifiers, int... keys) {
    byte[] r = new byte[8];
    r[0] = (byte) modifiers;
    for (int i = 0; i < keys.length; i++) {
      r[2 + i] = (byte) keys[i];
    }
    return r;
  }

  /** One key pressed and released, the way scanners type. */
  private static List<byte[]> tap(int modifiers, int key) {
    return List.of(report(modifiers, key), report(modifiers));
  }

  private void feed(List<byte[]> reports) {
    sink.feed(decoder, reports.toArray(byte[][]::new));
  }

  @Test
  void decodesARecordedScanOfDigitsEndedByEnter() {
    // "9400" + Enter as a scanner types it: press, release, press, release...
    sink.feed(
        decoder,
        new byte[] {0, 0, 0x26, 0, 0, 0, 0, 0},
        new byte[] {0, 0, 0, 0, 0, 0, 0, 0},
        new byte[] {0, 0, 0x21, 0, 0, 0, 0, 0},
        new byte[] {0, 0, 0, 0, 0, 0, 0, 0},
        new byte[] {0, 0, 0x27, 0, 0, 0, 0, 0},
        new byte[] {0, 0, 0, 0, 0, 0, 0, 0},
        new byte[] {0, 0, 0x27, 0, 0, 0, 0, 0},
        new byte[] {0, 0, 0, 0, 0, 0, 0, 0},
        new byte[] {0, 0, 0x28, 0, 0, 0, 0, 0},
        new byte[] {0, 0, 0, 0, 0, 0, 0, 0});
    assertThat(sink.barcodes).containsExactly("9400");
    assertThat(sink.problems).isEmpty();
  }

  @Test
  void aHeldKeyCountsOnceAndRolloverKeysCountWhenTheyAppear() {
    sink.feed(
        decoder,
        report(0, 0x1E), // 1 down
        report(0, 0x1E), // still down (repeat report)
        report(0, 0x1E, 0x1F), // 2 down while 1 held
        report(0, 0x1F), // 1 up
        report(0, 0x1F, 0x20), // 3 down
        UP,
        report(0, 0x1E), // 1 again after release: counts again
        UP,
        report(0, 0x28));
    assertThat(sink.barcodes).containsExactly("1231");
  }

  @Test
  void shiftTypesCapitalsAndShiftedPunctuation() {
    List<byte[]> r = new ArrayList<>();
    r.addAll(tap(L_SHIFT, 0x04)); // A
    r.addAll(tap(0, 0x05)); // b
    r.addAll(tap(0x20, 0x1F)); // right shift + 2 = @
    r.addAll(tap(0, 0x2D)); // -
    r.addAll(tap(L_SHIFT, 0x2D)); // _
    r.addAll(tap(0, 0x37)); // .
    r.addAll(tap(0, 0x2C)); // space
    r.addAll(tap(L_SHIFT, 0x38)); // ?
    r.addAll(tap(0, 0x28));
    feed(r);
    assertThat(sink.barcodes).containsExactly("Ab@-_. ?");
  }

  @Test
  void ctrlRightBracketIsGs() {
    List<byte[]> r = new ArrayList<>();
    r.addAll(tap(0, 0x21)); // 4
    r.addAll(tap(0, 0x1F)); // 2
    r.addAll(tap(0, 0x27)); // 0
    r.addAll(tap(L_CTRL, 0x30)); // Ctrl+] = GS
    r.addAll(tap(0, 0x26)); // 9
    r.addAll(tap(0x10, 0x30)); // right Ctrl+] = GS
    r.addAll(tap(L_CTRL, 0x04)); // Ctrl+A = SOH
    r.addAll(tap(0, 0x28));
    feed(r);
    assertThat(sink.barcodes).containsExactly("420\u001D9\u001D\u0001");
  }

  @Test
  void altPlusKeypadDigitsTypeTheirCodeWhenAltIsReleased() {
    sink.feed(
        decoder,
        report(0, 0x21), // 4
        UP,
        report(L_ALT), // Alt down
        report(L_ALT, 0x62), // keypad 0
        report(L_ALT),
        report(L_ALT, 0x5A), // keypad 2
        report(L_ALT),
        report(L_ALT, 0x61), // keypad 9
        report(L_ALT),
        UP, // Alt up: GS
        report(0, 0x26), // 9
        UP,
        report(0, 0x28));
    assertThat(sink.barcodes).containsExactly("4\u001D9");
  }

  @Test
  void keypadDigitsWithoutAltAreDigitsAndKeypadEnterEnds() {
    sink.feed(decoder, report(0, 0x59), UP, report(0, 0x62), UP, report(0, 0x58), UP);
    assertThat(sink.barcodes).containsExactly("10");
  }

  @Test
  void anErrorRolloverReportIsIgnored() {
    sink.feed(
        decoder,
        report(0, 0x1E),
        report(0, 1, 1, 1, 1, 1, 1),
        report(0, 0x1E, 0x1F),
        UP,
        report(0, 0x28));
    assertThat(sink.barcodes).containsExactly("12");
  }

  @Test
  void keysThatTypeNothingAreReportedAndSkipped() {
    sink.feed(decoder, report(0, 0x3A), UP, report(0, 0x1E), UP, report(0, 0x28)); // F1, 1
    assertThat(sink.barcodes).containsExactly("1");
    assertThat(sink.problems).singleElement().asString().contains("0x3A");
  }

  @Test
  void anOverLongBarcodeIsDiscardedUpToEnterAndTheNextOneIsKept() {
    BootKeyboardDecoder small = new BootKeyboardDecoder(3);
    List<byte[]> r = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      r.addAll(tap(0, 0x1E));
    }
    r.addAll(tap(0, 0x28));
    r.addAll(tap(0, 0x1F));
    r.addAll(tap(0, 0x28));
    sink.feed(small, r.toArray(byte[][]::new));
    assertThat(sink.barcodes).containsExactly("2");
    assertThat(sink.discards).singleElement().asString().contains("discarded 5 characters");
  }

  @Test
  void shortReportsAreProblemsNotCrashes() {
    sink.feed(decoder, new byte[] {0, 0, 0x1E});
    assertThat(sink.problems).singleElement().asString().contains("3 bytes");
    assertThat(decoder.hasPending()).isFalse();
  }
}
