package org.scanstation.device.hid;

import java.util.Arrays;

/**
 * Decodes boot-protocol keyboard reports (8 bytes: modifiers, reserved, up to six key usage ids) as
 * a scanner in keyboard mode types them, US layout. A key counts once, in the report where it first
 * appears, however long it stays held (rollover); Enter or keypad Enter ends a barcode.
 *
 * <p>GS (0x1D) and other control characters arrive in the two ways scanners send them:
 *
 * <ul>
 *   <li><b>Ctrl + key</b> ("Control + ASCII" mode): Ctrl+] is GS, Ctrl+A-Z are 0x01-0x1A, Ctrl+[ \
 *       ^ _ @ are ESC, FS, RS, US and NUL — the key's character minus 0x40;
 *   <li><b>Alt + keypad digits</b> (Windows "Alt mode"): the decimal code typed while Alt is held,
 *       taken when Alt is released, e.g. Alt+0,2,9 is GS.
 * </ul>
 *
 * Function-key substitutes (a scanner set to send F-keys for control characters) are not decoded
 * and are reported as problems. An ErrorRollOver report (every key slot 0x01) is ignored: it says
 * nothing about which keys are down. A barcode longer than {@code maxLength} is discarded up to the
 * next Enter and reported. Not thread-safe.
 */
public final class BootKeyboardDecoder implements HidReportDecoder {
  private static final int CTRL = 0x01 | 0x10;
  private static final int SHIFT = 0x02 | 0x20;
  private static final int ALT = 0x04 | 0x40;
  private static final int ERROR_ROLLOVER = 0x01;

  /** Usage 0 is an empty slot and 1-3 are error codes; keys start at 4. */
  private static final int FIRST_KEY = 0x04;

  private final byte[] text;
  private boolean[] held = new boolean[256];
  private int count;
  private long discarded;
  private int altCode = -1;

  /** A decoder that keeps at most {@code maxLength} bytes of one barcode. */
  public BootKeyboardDecoder(int maxLength) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
    }
    this.text = new byte[maxLength];
  }

  @Override
  public String describe() {
    return "boot keyboard";
  }

  @Override
  public void report(byte[] report, int length, HidSink sink) {
    if (length < 8) {
      sink.problem("keyboard report of " + length + " bytes ignored: boot reports have 8");
      return;
    }
    if ((report[2] & 0xFF) == ERROR_ROLLOVER) {
      return;
    }
    int modifiers = report[0] & 0xFF;
    if (altCode >= 0 && (modifiers & ALT) == 0) {
      type(altCode % 256, sink);
      altCode = -1;
    }
    boolean[] now = new boolean[256];
    for (int i = 2; i < 8; i++) {
      int usage = report[i] & 0xFF;
      if (usage >= FIRST_KEY && !now[usage]) {
        now[usage] = true;
        if (!held[usage]) {
          press(usage, modifiers, sink);
        }
      }
    }
    held = now;
  }

  private void press(int usage, int modifiers, HidSink sink) {
    if (usage == UsKeyboard.ENTER || usage == UsKeyboard.KEYPAD_ENTER) {
      end(sink);
    } else if ((modifiers & ALT) != 0) {
      pressWithAlt(usage, sink);
    } else {
      int c = UsKeyboard.charOf(usage, (modifiers & SHIFT) != 0);
      if (c >= 0 && (modifiers & CTRL) != 0) {
        c = control(c);
      }
      if (c < 0) {
        sink.problem(
            String.format(
                "key usage 0x%02X (modifiers 0x%02X) types no character; ignored",
                usage, modifiers));
      } else {
        type(c, sink);
      }
    }
  }

  private void pressWithAlt(int usage, HidSink sink) {
    if (UsKeyboard.isKeypadDigit(usage)) {
      altCode = Math.max(altCode, 0) * 10 + UsKeyboard.keypadDigit(usage);
      altCode = Math.min(altCode, 999); // stays an Alt code, however many digits come
    } else {
      sink.problem(
          String.format("Alt + key usage 0x%02X is not an Alt+numpad code; ignored", usage));
    }
  }

  /** Ctrl + a key: the key's character minus 0x40 (letters either case); -1 when none. */
  private static int control(int c) {
    int upper = c >= 'a' && c <= 'z' ? c - 0x20 : c;
    return upper >= '@' && upper <= '_' ? upper - 0x40 : -1;
  }

  private void type(int c, HidSink sink) {
    if (discarded > 0) {
      discarded++;
    } else if (count == text.length) {
      discarded = count + 1L;
      count = 0;
    } else {
      text[count++] = (byte) c;
    }
  }

  private void end(HidSink sink) {
    if (discarded > 0) {
      sink.discarded("discarded " + discarded + " characters: no Enter within " + text.length);
    } else if (count > 0) {
      sink.barcode(Arrays.copyOf(text, count), "");
    }
    count = 0;
    discarded = 0;
  }

  @Override
  public boolean hasPending() {
    return count > 0 || discarded > 0 || altCode >= 0;
  }
}
