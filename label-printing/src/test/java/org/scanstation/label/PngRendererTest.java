package org.scanstation.label;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.ResultMetadataType;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PngRendererTest {

  static List<Arguments> everyServiceDpiAndZip() {
    List<Arguments> all = new ArrayList<>();
    for (MailService s : MailService.values()) {
      for (int dpi : LabelRenderer.SUPPORTED_DPI) {
        for (String zip : List.of(Samples.ZIP5, Samples.ZIP9)) {
          all.add(Arguments.of(s, dpi, zip));
        }
      }
    }
    return all;
  }

  @ParameterizedTest(name = "{0} {1} dpi ZIP {2}")
  @MethodSource("everyServiceDpiAndZip")
  void theBarcodesDecodeToExactlyTheLabelsData(MailService service, int dpi, String zip)
      throws Exception {
    ShippingLabel label = Samples.full(service, zip);
    BufferedImage image = Decode.png(LabelRenderer.png(dpi).render(label));

    assertThat(Decode.gs1Code128(image)).isEqualTo(Decode.expectedGs1Code128(label));
    MatrixBarcode m = matrixOf(label, dpi);
    var dm = Decode.dataMatrix(image, m.x(), m.y(), m.width());
    assertThat(dm.getText())
        .isEqualTo(
            Decode.GS
                + "420"
                + zip
                + Decode.GS
                + label.trackingNumber()
                + Decode.GS
                + "400ORD-10042");
    assertThat(dm.getResultMetadata().get(ResultMetadataType.SYMBOLOGY_IDENTIFIER))
        .as("GS1 DataMatrix")
        .isEqualTo("]d2");
  }

  @ParameterizedTest(name = "{0} dpi")
  @MethodSource("dpis")
  void withoutARoutingZipTheImpbCarriesTheNumberAlone(int dpi) throws Exception {
    ShippingLabel label =
        new ShippingLabel(
            MailService.GROUND_ADVANTAGE,
            Samples.full(MailService.GROUND_ADVANTAGE, Samples.ZIP5).trackingNumber(),
            null,
            null,
            null,
            null);
    BufferedImage image = Decode.png(LabelRenderer.png(dpi).render(label));
    assertThat(Decode.gs1Code128(image)).isEqualTo("]C1" + label.trackingNumber());
    MatrixBarcode m = matrixOf(label, dpi);
    assertThat(Decode.dataMatrix(image, m.x(), m.y(), m.width()).getText())
        .isEqualTo(Decode.GS + label.trackingNumber());
    assertThat(
            new String(
                LabelRenderer.zpl(dpi).render(label), java.nio.charset.StandardCharsets.US_ASCII))
        .contains("NO ADDRESS ON FILE");
  }

  static List<Integer> dpis() {
    return LabelRenderer.SUPPORTED_DPI;
  }

  @Test
  void isOneBitAtThePrinterResolutionAndSaysSo() throws Exception {
    byte[] png = LabelRenderer.png(203).render(Samples.full(MailService.PRIORITY_MAIL, "20500"));
    BufferedImage image = Decode.png(png);
    assertThat(image.getWidth()).isEqualTo(812);
    assertThat(image.getHeight()).isEqualTo(1218);
    assertThat(image.getColorModel().getPixelSize()).isEqualTo(1);
    assertThat(image.getColorModel()).isInstanceOf(IndexColorModel.class);
    assertThat(pixelsPerMetre(png)).isEqualTo("7992");

    BufferedImage big =
        Decode.png(LabelRenderer.png(300).render(Samples.full(MailService.PRIORITY_MAIL, "20500")));
    assertThat(big.getWidth()).isEqualTo(1200);
    assertThat(big.getHeight()).isEqualTo(1800);
  }

  @Test
  void everyBarIsAWholeNumberOfModulesOfThreeDotsAt203AndFourAt300() {
    ShippingLabel label = Samples.full(MailService.PRIORITY_MAIL, Samples.ZIP9);
    for (int dpi : LabelRenderer.SUPPORTED_DPI) {
      int module = dpi == 203 ? 3 : 4;
      BufferedImage image = Decode.png(LabelRenderer.png(dpi).render(label));
      LinearBarcode bar =
          LayoutTest.elementsOf(
                  LabelComposer.compose(label, new PrintGrid(dpi)), LinearBarcode.class)
              .get(0);
      List<Integer> runs = Runs.along(image, bar);
      assertThat(runs).allMatch(run -> run % module == 0).contains(module);
      assertThat(runs.stream().mapToInt(Integer::intValue).sum()).isEqualTo(244 * module);
      assertThat(runs.get(0)).as("a bar starts the symbol").isEqualTo(2 * module);
    }
  }

  @Test
  void theSameLabelGivesTheSameBytes() {
    ShippingLabel label = Samples.longText();
    assertThat(LabelRenderer.png(203).render(label))
        .isEqualTo(LabelRenderer.png(203).render(label));
  }

  static MatrixBarcode matrixOf(ShippingLabel label, int dpi) {
    return LabelComposer.compose(label, new PrintGrid(dpi)).elements().stream()
        .filter(MatrixBarcode.class::isInstance)
        .map(MatrixBarcode.class::cast)
        .findFirst()
        .orElseThrow();
  }

  private static String pixelsPerMetre(byte[] png) throws Exception {
    ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(png))) {
      reader.setInput(in);
      IIOMetadataNode root =
          (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
      IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
      return phys.getAttribute("pixelsPerUnitXAxis");
    } finally {
      reader.dispose();
    }
  }
}
