package org.scanstation.device.hid;

/**
 * The US keyboard layout: HID keyboard usage ids (usage page 0x07) to the ASCII they type. Scanners
 * in keyboard mode default to it; other layouts are set on the scanner, not guessed here.
 */
final class UsKeyboard {
  static final int ENTER = 0x28;
  static final int KEYPAD_ENTER = 0x58;
  static final int KEYPAD_1 = 0x59;
  static final int KEYPAD_0 = 0x62;

  private static final String DIGITS = "1234567890";
  private static final String SHIFTED_DIGITS = "!@#$%^&*()";

  /** Usages 0x2C-0x38: space - = [ ] \ (non-US #) ; ' ` , . / */
  private static final String PUNCT = " -=[]\\\0;'`,./";

  private static final String SHIFTED_PUNCT = " _+{}|\0:\"~<>?";

  /** Usages 0x54-0x63 (keypad, Num Lock on): / * - + Enter 1-9 0 . */
  private static final String KEYPAD = "/*-+\n1234567890.";

  private UsKeyboard() {}

  /** The character a key types, or -1 when it types none (function keys, arrows, modifiers). */
  static int charOf(int usage, boolean shift) {
    if (usage >= 0x04 && usage <= 0x1D) {
      return (shift ? 'A' : 'a') + usage - 0x04;
    }
    if (usage >= 0x1E && usage <= 0x27) {
      return (shift ? SHIFTED_DIGITS : DIGITS).charAt(usage - 0x1E);
    }
    if (usage >= 0x2C && usage <= 0x38) {
      char c = (shift ? SHIFTED_PUNCT : PUNCT).charAt(usage - 0x2C);
      return c == 0 ? -1 : c;
    }
    if (usage >= 0x54 && usage <= 0x63 && usage != KEYPAD_ENTER) {
      return KEYPAD.charAt(usage - 0x54);
    }
    return switch (usage) {
      case 0x29 -> 0x1B; // Escape
      case 0x2B -> '\t';
      default -> -1;
    };
  }

  /** Whether the key is a keypad digit, the keys of an Alt+numpad code. */
  static boolean isKeypadDigit(int usage) {
    return usage >= KEYPAD_1 && usage <= KEYPAD_0;
  }

  /** The digit a keypad key stands for (KEYPAD_0 is 0). */
  static int keypadDigit(int usage) {
    return usage == KEYPAD_0 ? 0 : usage - KEYPAD_1 + 1;
  }
}
