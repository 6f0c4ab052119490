package org.scanstation.simulator.printer;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The EPL2 subset simulated: {@code N} (clear), {@code q} (width), {@code Q} (form length and gap),
 * {@code D} (density), {@code S} (speed), {@code GW x,y,widthBytes,height,<data>} and {@code
 * Pp[,c]} (p sets of c copies). EPL2 is case-sensitive ({@code q} and {@code Q} differ). Stateless.
 */
final class EplDialect implements RasterDialect {
  private static final Pattern WIDTH = Pattern.compile("q\\d{1,5}");
  private static final Pattern LENGTH = Pattern.compile("Q\\d{1,5},\\d{1,3}(\\+\\d{1,3})?");
  private static final Pattern DENSITY = Pattern.compile("D\\d{1,2}");
  private static final Pattern SPEED = Pattern.compile("S\\d{1,2}");
  private static final Pattern PRINT = Pattern.compile("P(\\d{1,6})(,(\\d{1,6}))?");
  private static final Pattern HEADER =
      Pattern.compile("GW(\\d{1,5}),(\\d{1,5}),(\\d{1,5}),(\\d{1,5}),");

  @Override
  public RasterCommand command(String line) {
    String t = line.strip();
    if (t.equals("N")) {
      return new RasterCommand.Clear();
    }
    Matcher p = PRINT.matcher(t);
    if (p.matches()) {
      int sets = Integer.parseInt(p.group(1));
      int copies = p.group(3) == null ? 1 : Integer.parseInt(p.group(3));
      return sets == 0 || copies == 0
          ? new RasterCommand.Unknown()
          : new RasterCommand.Print(sets * copies);
    }
    boolean setting =
        WIDTH.matcher(t).matches()
            || LENGTH.matcher(t).matches()
            || DENSITY.matcher(t).matches()
            || SPEED.matcher(t).matches();
    return setting ? new RasterCommand.Setting() : new RasterCommand.Unknown();
  }

  @Override
  public boolean headerComplete(String lineSoFar) {
    return lineSoFar.startsWith("GW") && lineSoFar.chars().filter(c -> c == ',').count() == 4;
  }

  @Override
  public BitmapHeader header(String lineSoFar) {
    Matcher m = HEADER.matcher(lineSoFar);
    if (!m.matches()) {
      return null;
    }
    return new BitmapHeader(
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)),
        Integer.parseInt(m.group(4)),
        0);
  }

  @Override
  public Map<String, String> immediates() {
    return Map.of("^ee", "^ee");
  }

  @Override
  public boolean immediatesAnywhere() {
    return false;
  }
}
