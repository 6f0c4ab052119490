package org.scanstation.label;

/**
 * A GS1-128 symbol planned symbol by symbol, written as ZPL {@code ^BC} field data: start in Code
 * Set C ({@code >;}), FNC1 ({@code >8}) before each element, digits in pairs, and for an odd run
 * the last digit in Code Set B ({@code >6}), because a Code Set C run must be even or the printer
 * pads or drops a digit. Runs of four or more digits return to Code Set C ({@code >5}). This is the
 * plan ZXing follows too; layout checks that both give the same number of modules.
 *
 * @param zplData the {@code ^BC} field data
 * @param symbols symbol characters: start, data, code switches and check, without the stop
 */
record Code128Plan(String zplData, int symbols) {
  private static final int MODULES_PER_SYMBOL = 11;
  private static final int STOP_MODULES = 13;

  /** The plan for GS1 element strings of ASCII digits, each preceded by FNC1. */
  static Code128Plan gs1(String... elements) {
    StringBuilder zpl = new StringBuilder(">;");
    int symbols = 1;
    boolean setC = true;
    for (String element : elements) {
      zpl.append(">8");
      symbols++;
      int even = element.length() - element.length() % 2;
      if (!setC && even >= 4) {
        zpl.append(">5");
        symbols++;
        setC = true;
      }
      if (setC) {
        zpl.append(element, 0, even);
        symbols += even / 2;
        if (even < element.length()) {
          zpl.append(">6").append(element.charAt(even));
          symbols += 2;
          setC = false;
        }
      } else {
        zpl.append(element);
        symbols += element.length();
      }
    }
    return new Code128Plan(zpl.toString(), symbols + 1);
  }

  /** The symbol's width in modules, stop pattern included, quiet zones excluded. */
  int modules() {
    return symbols * MODULES_PER_SYMBOL + STOP_MODULES;
  }
}
