package org.scanstation.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Certified Mail labels: the banner and marks in every format, barcodes exactly as the others. */
class CertifiedLabelTest {

  static List<Arguments> certifiedAtEveryDpi() {
    List<Arguments> all = new ArrayList<>();
    for (int dpi : LabelRenderer.SUPPORTED_DPI) {
      for (var c : Samples.certified()) {
        all.add(Arguments.of(c.getKey(), dpi, c.getValue()));
      }
    }
    return all;
  }

  @Test
  void aCertifiedLabelSaysCertifiedMailAndItsMarksUnderTheBanner() {
    assertThat(texts(Samples.certifiedWithReturnReceipt()))
        .containsSubsequence("F", "USPS CERTIFIED MAIL", "RETURN RECEIPT REQUESTED")
        .doesNotContain("USPS FIRST-CLASS MAIL");
    assertThat(texts(Samples.certifiedRestrictedDelivery()))
        .containsSubsequence(
            "P", "USPS CERTIFIED MAIL", "RESTRICTED DELIVERY / RETURN RECEIPT ELECTRONIC");
    assertThat(
            texts(
                Samples.full(MailService.GROUND_ADVANTAGE, Samples.ZIP5)
                    .withExtraServices(List.of(ExtraService.CERTIFIED))))
        .contains("USPS CERTIFIED MAIL")
        .noneMatch(t -> t.contains("RETURN") || t.contains("RESTRICTED"));
  }

  @Test
  void aReturnReceiptOnPriorityMailExpressKeepsItsBannerAndAddsTheMark() {
    ShippingLabel label =
        Samples.full(MailService.PRIORITY_MAIL_EXPRESS, Samples.ZIP5)
            .withExtraServices(List.of(ExtraService.RETURN_RECEIPT));
    assertThat(texts(label))
        .containsSubsequence("USPS PRIORITY MAIL EXPRESS", "RETURN RECEIPT REQUESTED");
  }

  @Test
  void plainCertifiedMailPrintsItsBannerWhereAndAsLargeAsEveryBanner() {
    ShippingLabel plain = Samples.full(MailService.GROUND_ADVANTAGE, Samples.ZIP5);
    TextLine before = line(plain, "USPS GROUND ADVANTAGE");
    TextLine after =
        line(plain.withExtraServices(List.of(ExtraService.CERTIFIED)), "USPS CERTIFIED MAIL");
    assertThat(after.y()).isEqualTo(before.y());
    assertThat(after.size()).isEqualTo(before.size());
  }

  @Test
  void theExtrasAreSortedImmutableAndKeptByEveryWither() {
    ShippingLabel label = Samples.certifiedWithReturnReceipt();
    assertThat(label.extraServices())
        .containsExactly(ExtraService.CERTIFIED, ExtraService.RETURN_RECEIPT);
    assertThatThrownBy(() -> label.extraServices().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(label.withTo(null).withFrom(null).withReferences(null).extraServices())
        .isEqualTo(label.extraServices());
    assertThat(Samples.certifiedRestrictedDelivery().withZip5Routing().extraServices()).hasSize(2);
  }

  @Test
  void aLabelRefusesExtrasThatDoNotGoTogether() {
    ShippingLabel express = Samples.full(MailService.PRIORITY_MAIL_EXPRESS, Samples.ZIP5);
    assertThatThrownBy(() -> express.withExtraServices(List.of(ExtraService.CERTIFIED)))
        .isInstanceOf(LabelException.class)
        .hasMessageContaining("not sold with priority-mail-express");
    assertThatThrownBy(
            () ->
                new ShippingLabel(
                    MailService.PRIORITY_MAIL,
                    Samples.PRIORITY,
                    Samples.ZIP5,
                    null,
                    null,
                    null,
                    java.util.Arrays.asList(ExtraService.CERTIFIED, null)))
        .isInstanceOf(LabelException.class)
        .hasMessageContaining("null");
  }

  @ParameterizedTest(name = "{0} at {1} dpi")
  @MethodSource("certifiedAtEveryDpi")
  void theZplPrintsTheBannerAndMarksAsText(String name, int dpi, ShippingLabel label) {
    String zpl = new String(LabelRenderer.zpl(dpi).render(label), StandardCharsets.US_ASCII);
    List<String> printed = Zpl.fieldData(zpl).stream().map(Zpl::unescapeHex).toList();
    assertThat(printed).contains("USPS CERTIFIED MAIL", LabelLines.marks(label));
    assertThat(Zpl.commands(zpl).stream().filter("^XZ"::equals)).hasSize(1);
  }

  @ParameterizedTest(name = "{0} at {1} dpi")
  @MethodSource("certifiedAtEveryDpi")
  void thePngBarcodesDecodeExactly(String name, int dpi, ShippingLabel label) throws Exception {
    BufferedImage image = Decode.png(LabelRenderer.png(dpi).render(label));
    assertThat(Decode.gs1Code128(image)).isEqualTo(Decode.expectedGs1Code128(label));
    MatrixBarcode m = PngRendererTest.matrixOf(label, dpi);
    assertThat(Decode.dataMatrix(image, m.x(), m.y(), m.width()).getText())
        .isEqualTo(expectedDataMatrix(label));
  }

  @ParameterizedTest(name = "{0} at {1} dpi")
  @MethodSource("certifiedAtEveryDpi")
  void thePdfDecodesExactlyAndCarriesTheMarksAsText(String name, int dpi, ShippingLabel label)
      throws Exception {
    byte[] pdf = LabelRenderer.pdf(dpi).render(label);
    BufferedImage image = Decode.pdf(pdf, 203);
    assertThat(Decode.gs1Code128(image)).isEqualTo(Decode.expectedGs1Code128(label));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(doc))
          .contains("USPS CERTIFIED MAIL", LabelLines.marks(label));
    }
  }

  private static String expectedDataMatrix(ShippingLabel label) {
    // The hostile sample's order id cannot be GS1 AI 400 and stays out, as on every label.
    String order = label.references().orderId();
    return Decode.GS
        + "420"
        + label.routingZip()
        + Decode.GS
        + label.trackingNumber()
        + ("ORD-10042".equals(order) ? Decode.GS + "400" + order : "");
  }

  private static TextLine line(ShippingLabel label, String text) {
    return LayoutTest.elementsOf(LabelComposer.compose(label, new PrintGrid(203)), TextLine.class)
        .stream()
        .filter(t -> t.text().equals(text))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> texts(ShippingLabel label) {
    return LayoutTest.elementsOf(LabelComposer.compose(label, new PrintGrid(203)), TextLine.class)
        .stream()
        .map(TextLine::text)
        .toList();
  }
}
