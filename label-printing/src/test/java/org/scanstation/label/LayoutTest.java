package org.scanstation.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Geometry of every label: on the page, in its area, barcodes to USPS rules. */
class LayoutTest {

  static List<Arguments> labels() {
    List<Arguments> all = new ArrayList<>();
    for (int dpi : LabelRenderer.SUPPORTED_DPI) {
      for (MailService s : MailService.values()) {
        all.add(Arguments.of(s.id() + " ZIP5", dpi, Samples.full(s, Samples.ZIP5)));
        all.add(Arguments.of(s.id() + " ZIP+4", dpi, Samples.full(s, Samples.ZIP9)));
      }
      all.add(Arguments.of("long text", dpi, Samples.longText()));
      all.add(Arguments.of("hostile text", dpi, Samples.hostile()));
      for (var c : Samples.certified()) {
        all.add(Arguments.of(c.getKey(), dpi, c.getValue()));
      }
      all.add(
          Arguments.of(
              "bare",
              dpi,
              ShippingLabel.of(MailService.GROUND_ADVANTAGE, Samples.GROUND, "20500")));
      all.add(
          Arguments.of(
              "26 digits, ZIP5",
              dpi,
              ShippingLabel.of(MailService.PRIORITY_MAIL, Samples.LONG_26, Samples.ZIP5)));
    }
    return all;
  }

  @ParameterizedTest(name = "{0} at {1} dpi")
  @MethodSource("labels")
  void everyElementIsOnThePageAndTextStaysInItsArea(String name, int dpi, ShippingLabel label) {
    PrintGrid grid = new PrintGrid(dpi);
    LabelLayout layout = LabelComposer.compose(label, grid);
    Rectangle page = new Rectangle(0, 0, grid.width(), grid.height());
    for (LayoutElement e : layout.elements()) {
      assertThat(page.contains(bounds(e))).as("%s on the page", e).isTrue();
      if (e instanceof TextLine t) {
        assertThat(t.textWidth()).as("width of '%s'", t.text()).isLessThanOrEqualTo(t.width());
        assertThat(t.text()).matches("[ -~]*");
      }
    }
    List<TextLine> texts = elementsOf(layout, TextLine.class);
    for (int i = 0; i < texts.size(); i++) {
      for (int j = i + 1; j < texts.size(); j++) {
        assertThat(bounds(texts.get(i)).intersects(bounds(texts.get(j))))
            .as("'%s' overlaps '%s'", texts.get(i).text(), texts.get(j).text())
            .isFalse();
      }
    }
  }

  @ParameterizedTest(name = "{0} at {1} dpi")
  @MethodSource("labels")
  void theImpbFollowsTheUspsRules(String name, int dpi, ShippingLabel label) {
    PrintGrid grid = new PrintGrid(dpi);
    LabelLayout layout = LabelComposer.compose(label, grid);
    LinearBarcode bar = elementsOf(layout, LinearBarcode.class).get(0);

    double mil = 1000.0 * bar.module() / dpi;
    assertThat(mil).as("X dimension in mil").isBetween(13.0, 21.0);
    assertThat(bar.module()).isEqualTo(dpi == 203 ? 3 : 4);
    assertThat(bar.height()).as("bar height").isGreaterThanOrEqualTo((int) Math.ceil(0.75 * dpi));
    Rectangle quiet =
        new Rectangle(
            bar.x() - bar.quietZone(), bar.y(), bar.width() + 2 * bar.quietZone(), bar.height());
    assertThat(quiet.x).isGreaterThanOrEqualTo(0);
    assertThat(quiet.x + quiet.width).isLessThanOrEqualTo(grid.width());
    for (LayoutElement e : layout.elements()) {
      if (e != bar) {
        assertThat(bounds(e).intersects(quiet)).as("%s in the barcode's quiet zone", e).isFalse();
      }
    }
    MatrixBarcode matrix = elementsOf(layout, MatrixBarcode.class).get(0);
    Rectangle matrixQuiet = bounds(matrix);
    matrixQuiet.grow(matrix.module(), matrix.module());
    for (LayoutElement e : layout.elements()) {
      if (e != matrix) {
        assertThat(bounds(e).intersects(matrixQuiet)).as("%s at the DataMatrix", e).isFalse();
      }
    }
  }

  @Test
  void theServiceIconIsAtLeastThreeQuartersOfAnInchTall() {
    for (int dpi : LabelRenderer.SUPPORTED_DPI) {
      LabelLayout layout =
          LabelComposer.compose(
              Samples.full(MailService.PRIORITY_MAIL, "20500"), new PrintGrid(dpi));
      Box icon = elementsOf(layout, Box.class).get(0);
      assertThat(icon.height()).isGreaterThanOrEqualTo((int) (0.75 * dpi));
      TextLine letter = elementsOf(layout, TextLine.class).get(0);
      assertThat(letter.text()).isEqualTo("P");
      assertThat(bounds(icon).contains(bounds(letter))).isTrue();
    }
  }

  @Test
  void theDeliveryAddressIsTheLargestAddressText() {
    LabelLayout layout =
        LabelComposer.compose(Samples.full(MailService.PRIORITY_MAIL, "20500"), new PrintGrid(203));
    int to = sizeOf(layout, "JANE Q. PUBLIC");
    int from = sizeOf(layout, "ACME FULFILLMENT");
    assertThat(to).isGreaterThan(from);
    assertThat(texts(layout)).contains("WASHINGTON DC 20500-0003", "SECAUCUS NJ 07094");
  }

  @Test
  void longTextIsWrappedOrCutVisiblyNeverLost() {
    LabelLayout layout = LabelComposer.compose(Samples.longText(), new PrintGrid(203));
    List<String> texts = texts(layout);
    assertThat(texts).contains("MAXIMILIANA EVANGELINA");
    assertThat(texts).anyMatch(t -> t.endsWith("... PA 19103-1234"));
    assertThat(texts).anyMatch(t -> t.startsWith("ORDER ORDER-000") && t.endsWith("..."));
    assertThat(texts).contains("WEIGHT 69 LB 15.75 OZ", "SHIP DATE 12/31/2026");
  }

  @Test
  void withoutADeliveryAddressTheRoutingZipIsPrinted() {
    LabelLayout layout =
        LabelComposer.compose(
            ShippingLabel.of(MailService.GROUND_ADVANTAGE, Samples.GROUND, "205000003"),
            new PrintGrid(203));
    assertThat(texts(layout)).contains("SHIP TO:", "20500-0003", "USPS GROUND ADVANTAGE");
  }

  @Test
  void aZipPlus4With26DigitsIsTooWideAt203DpiAndTheMessageSaysWhatToDo() {
    ShippingLabel label =
        ShippingLabel.of(MailService.PRIORITY_MAIL, Samples.LONG_26, Samples.ZIP9);
    assertThatThrownBy(() -> LabelComposer.compose(label, new PrintGrid(203)))
        .isInstanceOf(LabelException.class)
        .hasMessageContaining("266 modules")
        .hasMessageContaining("needs 858 dots")
        .hasMessageContaining("812 dots wide at 203 dpi")
        .hasMessageContaining("route by the 5-digit ZIP or print at 300 dpi");
    assertThat(LabelComposer.compose(label, new PrintGrid(300)).elements()).isNotEmpty();
    assertThat(LabelComposer.compose(label.withZip5Routing(), new PrintGrid(203)).elements())
        .isNotEmpty();
  }

  @Test
  void weightsReadAsPeopleWriteThem() {
    assertThat(LabelLines.weight(new java.math.BigDecimal("20"))).isEqualTo("1 LB 4 OZ");
    assertThat(LabelLines.weight(new java.math.BigDecimal("12.5"))).isEqualTo("12.5 OZ");
    assertThat(LabelLines.weight(new java.math.BigDecimal("32"))).isEqualTo("2 LB 0 OZ");
    assertThat(LabelLines.weight(java.math.BigDecimal.ZERO)).isEqualTo("0 OZ");
    assertThat(LabelLines.weight(new java.math.BigDecimal("3.14159"))).isEqualTo("3.14 OZ");
  }

  static Rectangle bounds(LayoutElement e) {
    return new Rectangle(e.x(), e.y(), e.width(), e.height());
  }

  static <T> List<T> elementsOf(LabelLayout layout, Class<T> type) {
    return layout.elements().stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static List<String> texts(LabelLayout layout) {
    return elementsOf(layout, TextLine.class).stream().map(TextLine::text).toList();
  }

  private static int sizeOf(LabelLayout layout, String text) {
    return elementsOf(layout, TextLine.class).stream()
        .filter(t -> t.text().equals(text))
        .findFirst()
        .orElseThrow()
        .size();
  }
}
