package org.scanstation.label;

/**
 * How hard and how fast a thermal printer burns a raster label (TSPL, EPL2): the printer's own
 * settings, passed to the renderer, never part of the layout. ZPL, PNG and PDF ignore them.
 *
 * @param darkness 0 (lightest) to 15 (darkest): TSPL {@code DENSITY} and EPL2 {@code D} share this
 *     scale, so the value is sent as it is
 * @param speed 1 to 6, sent as it is: TSPL {@code SPEED} in inches per second; EPL2 {@code S}, a
 *     speed step whose meaning the model sets (on the LP/TLP 2844, 1 to 4 for 1.5 to 3.5 in/s)
 */
public record PrintSettings(int darkness, int speed) {
  /**
   * Darkness 8 and speed 3: the middle of the scale, and a speed every printer of both languages
   * has, which suits the 13 mil bars of the IMpb on direct-thermal stock.
   */
  public static final PrintSettings DEFAULT = new PrintSettings(8, 3);

  /**
   * @throws LabelException when darkness is not 0-15 or speed not 1-6
   */
  public PrintSettings {
    if (darkness < 0 || darkness > 15) {
      throw new LabelException(
          "printer darkness " + darkness + " is out of range; use 0 (lightest) to 15 (darkest)");
    }
    if (speed < 1 || speed > 6) {
      throw new LabelException("printer speed " + speed + " is out of range; use 1 to 6");
    }
  }
}
