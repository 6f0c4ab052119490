package org.scanstation.label;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.oned.Code128Reader;
import com.google.zxing.oned.Code128Writer;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The printer draws the IMpb from the ZPL {@code ^BC} data, the images from ZXing's bars: this
 * checks they are the same symbol, bar for bar, by interpreting the ZPL data as Code 128 symbol
 * values and drawing them with the standard patterns.
 */
class Code128PlanTest {
  private static final int START_C = 105;
  private static final int CODE_B = 100;
  private static final int CODE_C = 99;
  private static final int FNC1 = 102;
  private static final int STOP = 106;

  @ParameterizedTest(name = "ZIP {0}, tracking {1}")
  @CsvSource({
    "20500, 9400111899223197428497",
    "205000003, 9400111899223197428497",
    "20500, 92055912345678000000123451",
    "205000003, 92055912345678000000123451",
    "20500, 94001118992231974284900",
    "20500, 940011189922319742849",
    "205000003, 9",
    "20500, 12345678901234567890123456789012345"
  })
  void theZplSymbolIsExactlyTheSymbolZxingDraws(String zip, String tracking) throws Exception {
    ShippingLabel label = ShippingLabel.of(MailService.PRIORITY_MAIL, tracking, zip);
    Code128Plan plan = ImpbData.code128Plan(label);
    boolean[] zxing = new Code128Writer().encode(ImpbData.code128(label));

    assertThat(plan.modules()).isEqualTo(zxing.length);
    assertThat(bars(symbolValues(plan.zplData()))).isEqualTo(zxing);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "9400111899223197428497, >;>842020500>89400111899223197428497",
    "940011189922319742849, >;>842020500>894001118992231974284>69"
  })
  void codeSetCRunsAreEvenAndAnOddDigitGoesToCodeSetB(String tracking, String zpl) {
    ShippingLabel label = ShippingLabel.of(MailService.PRIORITY_MAIL, tracking, "20500");
    assertThat(ImpbData.code128Plan(label).zplData()).isEqualTo(zpl);
  }

  /** Interprets ZPL ^BC mode N field data the way the printer does. */
  private static List<Integer> symbolValues(String zpl) {
    List<Integer> values = new ArrayList<>();
    boolean setC = false;
    for (int i = 0; i < zpl.length(); ) {
      if (zpl.charAt(i) == '>') {
        char code = zpl.charAt(i + 1);
        switch (code) {
          case ';' -> {
            values.add(START_C);
            setC = true;
          }
          case '8' -> values.add(FNC1);
          case '6' -> {
            values.add(CODE_B);
            setC = false;
          }
          case '5' -> {
            values.add(CODE_C);
            setC = true;
          }
          default -> throw new AssertionError("unexpected ZPL code >" + code);
        }
        i += 2;
      } else if (setC) {
        values.add(Integer.parseInt(zpl.substring(i, i + 2)));
        i += 2;
      } else {
        values.add(zpl.charAt(i) - ' ');
        i++;
      }
    }
    int check = values.get(0);
    for (int i = 1; i < values.size(); i++) {
      check += i * values.get(i);
    }
    values.add(check % 103);
    values.add(STOP);
    return values;
  }

  private static boolean[] bars(List<Integer> values) throws Exception {
    Field f = Code128Reader.class.getDeclaredField("CODE_PATTERNS");
    f.setAccessible(true);
    int[][] patterns = (int[][]) f.get(null);
    List<Boolean> out = new ArrayList<>();
    for (int v : values) {
      int[] widths = patterns[v];
      for (int w = 0; w < widths.length; w++) {
        for (int k = 0; k < widths[w]; k++) {
          out.add(w % 2 == 0);
        }
      }
    }
    if (values.get(values.size() - 1) == STOP && patterns[STOP].length == 6) {
      out.add(true); // the stop pattern's final two-module bar
      out.add(true);
    }
    boolean[] result = new boolean[out.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = out.get(i);
    }
    return result;
  }
}
