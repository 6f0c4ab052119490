package org.scanstation.simulator.printer;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TSPL subset simulated: {@code SIZE}, {@code GAP}, {@code DIRECTION}, {@code REFERENCE},
 * {@code DENSITY}, {@code SPEED}, {@code CLS}, {@code BITMAP x,y,widthBytes,height,mode,<data>} and
 * {@code PRINT m[,n]} (m sets of n copies). Commands are case-insensitive. Stateless.
 */
final class TsplDialect implements RasterDialect {
  private static final String NUM = "\\s*\\d+(\\.\\d+)?\\s*(mm|dot)?\\s*";
  private static final String INT = "\\s*\\d+\\s*";
  private static final Pattern TWO_SIZES = Pattern.compile(NUM + "," + NUM);
  private static final Pattern ONE_OR_TWO_INTS = Pattern.compile(INT + "(," + INT + ")?");
  private static final Pattern TWO_INTS = Pattern.compile(INT + "," + INT);
  private static final Pattern NUMBER = Pattern.compile(NUM);
  private static final Pattern PRINT = Pattern.compile("\\s*(\\d{1,6})\\s*(,\\s*(\\d{1,6})\\s*)?");
  private static final Pattern HEADER =
      Pattern.compile(
          "BITMAP\\s*(\\d{1,5})\\s*,\\s*(\\d{1,5})\\s*,\\s*(\\d{1,5})\\s*,\\s*(\\d{1,5})\\s*,"
              + "\\s*([012])\\s*,",
          Pattern.CASE_INSENSITIVE);

  @Override
  public RasterCommand command(String line) {
    String t = line.strip();
    int space = t.indexOf(' ');
    String name = (space < 0 ? t : t.substring(0, space)).toUpperCase(Locale.ROOT);
    String args = space < 0 ? "" : t.substring(space + 1);
    boolean ok =
        switch (name) {
          case "SIZE", "GAP" -> TWO_SIZES.matcher(args).matches();
          case "DIRECTION" -> ONE_OR_TWO_INTS.matcher(args).matches();
          case "REFERENCE" -> TWO_INTS.matcher(args).matches();
          case "DENSITY", "SPEED" -> NUMBER.matcher(args).matches();
          case "CLS" -> args.isBlank();
          case "PRINT" -> PRINT.matcher(args).matches();
          default -> false;
        };
    if (!ok) {
      return new RasterCommand.Unknown();
    }
    return switch (name) {
      case "CLS" -> new RasterCommand.Clear();
      case "PRINT" -> print(args);
      default -> new RasterCommand.Setting();
    };
  }

  private static RasterCommand print(String args) {
    Matcher m = PRINT.matcher(args);
    m.matches();
    int sets = Integer.parseInt(m.group(1));
    int copies = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
    return sets == 0 || copies == 0
        ? new RasterCommand.Unknown()
        : new RasterCommand.Print(sets * copies);
  }

  @Override
  public boolean headerComplete(String lineSoFar) {
    return lineSoFar.regionMatches(true, 0, "BITMAP", 0, 6)
        && lineSoFar.chars().filter(c -> c == ',').count() == 5;
  }

  @Override
  public BitmapHeader header(String lineSoFar) {
    Matcher m = HEADER.matcher(lineSoFar.strip());
    if (!m.matches()) {
      return null;
    }
    return new BitmapHeader(
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)),
        Integer.parseInt(m.group(4)),
        Integer.parseInt(m.group(5)));
  }

  @Override
  public Map<String, String> immediates() {
    return Map.of("\u001B!?", "ESC!?", "\u001B!S", "ESC!S");
  }

  @Override
  public boolean immediatesAnywhere() {
    return true;
  }
}
