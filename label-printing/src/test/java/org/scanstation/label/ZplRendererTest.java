package org.scanstation.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ZplRendererTest {
  /** The only commands the renderer may write; anything else came from label text. */
  private static final Set<String> OURS =
      Set.of(
          "^XA", "^CI", "^PW", "^LL", "^LH", "^FO", "^GB", "^A0", "^FB", "^FH", "^FD", "^FS", "^BY",
          "^BC", "^BX", "^PQ", "^XZ");

  private static String zpl(int dpi, ShippingLabel label) {
    return new String(LabelRenderer.zpl(dpi).render(label), StandardCharsets.US_ASCII);
  }

  @Test
  void setsThePageAndTheBarWidthExplicitly() {
    String at203 = zpl(203, Samples.full(MailService.PRIORITY_MAIL, Samples.ZIP9));
    assertThat(at203).startsWith("^XA\n^CI28\n^PW812\n^LL1218\n").endsWith("^XZ\n");
    assertThat(at203)
        .contains("^BY3,3,163^BCN,163,N,N,N,N^FD>;>8420205000003>89405511899223197428506^FS");
    assertThat(at203)
        .contains(
            "^BXN,4,200,22,22,,_,1^FD_1420205000003_19405511899223197428506_1400ORD-10042^FS");

    String at300 = zpl(300, Samples.full(MailService.PRIORITY_MAIL, Samples.ZIP5));
    assertThat(at300).startsWith("^XA\n^CI28\n^PW1200\n^LL1800\n");
    assertThat(at300)
        .contains("^BY4,3,240^BCN,240,N,N,N,N^FD>;>842020500>89405511899223197428506^FS");
    assertThat(at300).contains("^BXN,6,200,");
  }

  @Test
  void printsTheSameTextTheLayoutHolds() {
    ShippingLabel label = Samples.full(MailService.GROUND_ADVANTAGE, Samples.ZIP5);
    String zpl = zpl(203, label);
    List<String> printed =
        Zpl.fieldData(zpl).stream()
            .filter(f -> !f.startsWith(">;") && !f.startsWith("_1"))
            .map(Zpl::unescapeHex)
            .toList();
    List<String> laidOut =
        LayoutTest.elementsOf(LabelComposer.compose(label, new PrintGrid(203)), TextLine.class)
            .stream()
            .map(TextLine::text)
            .toList();
    assertThat(printed).isEqualTo(laidOut);
    assertThat(printed).contains("USPS GROUND ADVANTAGE", "USPS TRACKING #", "G");
  }

  @Test
  void hostileTextCannotInjectZpl() {
    for (int dpi : LabelRenderer.SUPPORTED_DPI) {
      String zpl = zpl(dpi, Samples.hostile());
      assertThat(zpl).matches("[\\x20-\\x7E\\n]*").doesNotContain("~");
      List<String> commands = Zpl.commands(zpl);
      assertThat(commands).allMatch(OURS::contains);
      assertThat(commands.stream().filter("^XA"::equals)).hasSize(1);
      assertThat(commands.stream().filter("^XZ"::equals)).hasSize(1);
      assertThat(commands.get(commands.size() - 1)).isEqualTo("^XZ");
      for (String field : Zpl.fieldData(zpl)) {
        assertThat(field).doesNotContain("^").doesNotContain("~");
      }
      // Every text field is hex-escaped, so what reaches paper is the text itself.
      List<String> printed =
          Zpl.fieldData(zpl).stream()
              .filter(f -> !f.startsWith(">;") && !f.startsWith("_1"))
              .map(Zpl::unescapeHex)
              .toList();
      assertThat(printed)
          .contains("^XZ^XA^FO0,0^GB812,1218,812^FS", "~JA~JR~PS CANCEL ALL", "ORDER ^XZ~JA")
          .contains("STATION ~JR", "OPERATOR ^PQ99");
      assertThat(String.join("\n", printed)).contains("_5E_7E /& // ^FH^FD");
    }
  }

  @Test
  void aHostileOrderIdStaysOutOfTheDataMatrix() {
    String zpl = zpl(203, Samples.hostile());
    assertThat(zpl).contains("^FD_142020500_19400111899223197428497^FS");
    assertThat(ImpbData.encodableOrderId(Samples.full(MailService.PRIORITY_MAIL, "20500")))
        .isEqualTo("ORD-10042");
  }

  @Test
  void theHexEscapeLeavesOnlyLettersDigitsAndSpaces() {
    assertThat(ZplRenderer.hexEscaped("A b 9^~_\\#,")).isEqualTo("A b 9_5E_7E_5F_5C_23_2C");
    assertThat(ZplRenderer.hexEscaped("\u00e9")).isEqualTo("_C3_A9");
  }

  @Test
  void theSameLabelGivesTheSameBytes() {
    ShippingLabel label = Samples.longText();
    assertThat(LabelRenderer.zpl(300).render(label))
        .isEqualTo(LabelRenderer.zpl(300).render(label));
  }
}
