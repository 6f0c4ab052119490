package org.scanstation.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The TSPL and EPL2 jobs carry the PNG's raster dot for dot, so the PNG golden proves what these
 * printers burn, and a scanner reads the IMpb from the bitmap itself.
 */
class RasterLanguageGoldenTest {

  static List<Arguments> labelsInEveryRasterLanguage() {
    List<Arguments> all = new ArrayList<>();
    for (int dpi : LabelRenderer.SUPPORTED_DPI) {
      for (LabelFormat format : List.of(LabelFormat.TSPL, LabelFormat.EPL)) {
        for (MailService s : MailService.values()) {
          all.add(Arguments.of(format, dpi, s + " ZIP", Samples.full(s, Samples.ZIP5)));
        }
        all.add(
            Arguments.of(
                format, dpi, "ZIP+4", Samples.full(MailService.PRIORITY_MAIL, Samples.ZIP9)));
        all.add(Arguments.of(format, dpi, "no routing ZIP", noRoutingZip()));
        all.add(Arguments.of(format, dpi, "hostile text", Samples.hostile()));
        all.add(Arguments.of(format, dpi, "long text", Samples.longText()));
        for (var c : Samples.certified()) {
          all.add(Arguments.of(format, dpi, c.getKey(), c.getValue()));
        }
      }
    }
    return all;
  }

  @ParameterizedTest(name = "{0} {1} dpi {2}")
  @MethodSource("labelsInEveryRasterLanguage")
  void theBitmapIsThePngRasterDotForDot(
      LabelFormat format, int dpi, String name, ShippingLabel label) {
    PrinterJobs.Job job = job(format, dpi, label);
    BufferedImage png = Decode.png(LabelRenderer.png(dpi).render(label));

    assertThat(job.widthBytes()).isEqualTo((png.getWidth() + 7) / 8);
    assertThat(job.height()).isEqualTo(png.getHeight());
    int burnt = 0;
    for (int y = 0; y < job.height(); y++) {
      for (int x = 0; x < job.widthBytes() * 8; x++) {
        boolean dark = x < png.getWidth() && (png.getRGB(x, y) & 0xFF) < 128;
        if (job.burns(x, y) != dark) {
          throw new AssertionError(format + " dot " + x + "," + y + " differs from the PNG");
        }
        burnt += dark ? 1 : 0;
      }
    }
    assertThat(burnt).as("a label is not blank").isGreaterThan(10_000);
  }

  @ParameterizedTest(name = "{0} {1} dpi {2}")
  @MethodSource("labelsInEveryRasterLanguage")
  void aScannerReadsTheImpbExactlyFromTheBitmap(
      LabelFormat format, int dpi, String name, ShippingLabel label) throws Exception {
    BufferedImage image = job(format, dpi, label).image();
    assertThat(Decode.gs1Code128(image)).isEqualTo(Decode.expectedGs1Code128(label));
  }

  private static PrinterJobs.Job job(LabelFormat format, int dpi, ShippingLabel label) {
    Function<byte[], PrinterJobs.Job> parse =
        format == LabelFormat.TSPL ? PrinterJobs::tspl : PrinterJobs::epl;
    return parse.apply(LabelRenderer.of(format, dpi).render(label));
  }

  private static ShippingLabel noRoutingZip() {
    return new ShippingLabel(MailService.GROUND_ADVANTAGE, Samples.GROUND, null, null, null, null);
  }
}
