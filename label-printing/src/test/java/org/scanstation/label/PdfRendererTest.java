package org.scanstation.label;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PdfRendererTest {
  private static final int RASTER_DPI = 203;

  @ParameterizedTest(name = "{0} {1} dpi grid ZIP {2}")
  @MethodSource("org.scanstation.label.PngRendererTest#everyServiceDpiAndZip")
  void rasterisedAt203DpiTheBarcodesDecodeToExactlyTheLabelsData(
      MailService service, int dpi, String zip) throws Exception {
    ShippingLabel label = Samples.full(service, zip);
    BufferedImage image = Decode.pdf(LabelRenderer.pdf(dpi).render(label), RASTER_DPI);
    assertThat(image.getWidth()).isEqualTo(812);
    assertThat(image.getHeight()).isEqualTo(1218);

    assertThat(Decode.gs1Code128(image)).isEqualTo(Decode.expectedGs1Code128(label));
    MatrixBarcode m = PngRendererTest.matrixOf(label, dpi);
    double scale = (double) RASTER_DPI / dpi;
    Result dm =
        Decode.dataMatrix(
            image, (int) (m.x() * scale), (int) (m.y() * scale), (int) (m.width() * scale));
    assertThat(dm.getText())
        .startsWith(Decode.GS + "420" + zip + Decode.GS + label.trackingNumber());
    assertThat(dm.getResultMetadata().get(ResultMetadataType.SYMBOLOGY_IDENTIFIER))
        .isEqualTo("]d2");
  }

  @Test
  void isOneFourBySixInchPageWithTheLabelsText() throws Exception {
    byte[] pdf = LabelRenderer.pdf(203).render(Samples.full(MailService.PRIORITY_MAIL, "20500"));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      PDPage page = doc.getPage(0);
      assertThat(page.getMediaBox().getWidth()).isEqualTo(288f);
      assertThat(page.getMediaBox().getHeight()).isEqualTo(432f);
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("USPS PRIORITY MAIL", "JANE Q. PUBLIC", "9405 5118 9922 3197 4285 06");
      assertThat(doc.getDocumentInformation().getCreationDate()).isNull();
      assertThat(doc.getDocumentInformation().getTitle())
          .isEqualTo("USPS label " + Samples.PRIORITY);
    }
  }

  @Test
  void barsAreWholePrinterDotsWhenPrintedAtTheGridsResolution() {
    ShippingLabel label = Samples.full(MailService.GROUND_ADVANTAGE, Samples.ZIP9);
    BufferedImage image = Decode.pdf(LabelRenderer.pdf(203).render(label), RASTER_DPI);
    LinearBarcode bar =
        LayoutTest.elementsOf(LabelComposer.compose(label, new PrintGrid(203)), LinearBarcode.class)
            .get(0);
    assertThat(Runs.along(image, bar)).allMatch(run -> run % 3 == 0).contains(3);
  }

  @Test
  void theSameLabelGivesTheSameBytes() {
    ShippingLabel label = Samples.longText();
    byte[] first = LabelRenderer.pdf(300).render(label);
    assertThat(LabelRenderer.pdf(300).render(label)).isEqualTo(first);
    assertThat(LabelRenderer.pdf(203).render(label)).isNotEqualTo(first);
  }
}
