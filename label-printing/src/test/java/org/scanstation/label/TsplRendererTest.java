package org.scanstation.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TsplRendererTest {
  private static final ShippingLabel LABEL = Samples.full(MailService.PRIORITY_MAIL, Samples.ZIP9);

  private static PrinterJobs.Job job(int dpi, PrintSettings settings, ShippingLabel label) {
    return PrinterJobs.tspl(LabelRenderer.tspl(dpi, settings).render(label));
  }

  @Test
  void theJobIsThePageSetupOneBitmapOfWholeBytesAndOnePrint() {
    assertThat(job(203, PrintSettings.DEFAULT, LABEL).commands())
        .containsExactly(
            "SIZE 4,6",
            "GAP 0.12,0",
            "DIRECTION 0",
            "REFERENCE 0,0",
            "DENSITY 8",
            "SPEED 3",
            "CLS",
            "BITMAP 0,0,102,1218,0",
            "PRINT 1,1");
    assertThat(job(300, PrintSettings.DEFAULT, LABEL).commands())
        .contains("SIZE 4,6", "BITMAP 0,0,150,1800,0");
    assertThat(LabelRenderer.tspl(203, PrintSettings.DEFAULT).render(LABEL))
        .startsWith("SIZE 4,6\r\nGAP".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
        .hasSize(
            "SIZE 4,6\r\nGAP 0.12,0\r\nDIRECTION 0\r\nREFERENCE 0,0\r\nDENSITY 8\r\nSPEED 3\r\nCLS\r\n"
                    .length()
                + "BITMAP 0,0,102,1218,0,".length()
                + 102 * 1218
                + "\r\nPRINT 1,1\r\n".length());
  }

  @Test
  void darknessAndSpeedComeFromThePrintersSettingsAndChangeNothingElse() {
    PrinterJobs.Job dark = job(203, new PrintSettings(13, 5), LABEL);
    PrinterJobs.Job usual = job(203, PrintSettings.DEFAULT, LABEL);
    assertThat(dark.commands()).contains("DENSITY 13", "SPEED 5").doesNotContain("DENSITY 8");
    assertThat(dark.rows()).isEqualTo(usual.rows());
  }

  @Test
  void aZeroBitBurnsADot() {
    LinearBarcode bar = barcode(203);
    PrinterJobs.Job job = job(203, PrintSettings.DEFAULT, LABEL);
    int y = bar.y() + bar.height() / 2;
    // The symbol starts with a bar two modules wide, after a quiet zone.
    assertThat(bit(job, bar.x(), y)).as("first bar").isZero();
    assertThat(bit(job, bar.x() - 1, y)).as("quiet zone").isOne();
    assertThat(bit(job, 0, job.height() - 1)).as("bottom-left corner, blank").isOne();
  }

  @Test
  void theFourDotsPastThe812DotEdgeArePaddingThatNeverBurns() {
    PrinterJobs.Job job = job(203, PrintSettings.DEFAULT, LABEL);
    for (int y = 0; y < job.height(); y++) {
      int last = job.rows()[y * job.widthBytes() + 101] & 0x0F;
      assertThat(last).as("padding of row %d", y).isEqualTo(0x0F);
    }
  }

  @Test
  void hostileTextReachesThePrinterAsDotsNeverAsCommands() {
    List<String> hostile = job(203, PrintSettings.DEFAULT, Samples.hostile()).commands();
    assertThat(hostile).isEqualTo(job(203, PrintSettings.DEFAULT, LABEL).commands());
  }

  @Test
  void theSameLabelGivesTheSameBytes() {
    LabelRenderer r = LabelRenderer.tspl(300, PrintSettings.DEFAULT);
    assertThat(r.render(Samples.longText())).isEqualTo(r.render(Samples.longText()));
    assertThat(r.format()).isEqualTo(LabelFormat.TSPL);
    assertThat(LabelFormat.TSPL.extension()).isEqualTo("tspl");
  }

  static int bit(PrinterJobs.Job job, int x, int y) {
    return (job.rows()[y * job.widthBytes() + x / 8] >>> (7 - x % 8)) & 1;
  }

  static LinearBarcode barcode(int dpi) {
    return LayoutTest.elementsOf(
            LabelComposer.compose(LABEL, new PrintGrid(dpi)), LinearBarcode.class)
        .get(0);
  }
}
