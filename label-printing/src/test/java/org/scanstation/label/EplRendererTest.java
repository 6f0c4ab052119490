package org.scanstation.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EplRendererTest {
  private static final ShippingLabel LABEL = Samples.full(MailService.PRIORITY_MAIL, Samples.ZIP9);

  private static PrinterJobs.Job job(int dpi, PrintSettings settings, ShippingLabel label) {
    return PrinterJobs.epl(LabelRenderer.epl(dpi, settings).render(label));
  }

  @Test
  void theJobClearsSetsThePageSendsOneGraphicOfWholeBytesAndPrintsOnce() {
    assertThat(job(203, PrintSettings.DEFAULT, LABEL).commands())
        .containsExactly("", "N", "q812", "Q1218,24", "D8", "S3", "GW0,0,102,1218", "P1");
    assertThat(job(300, PrintSettings.DEFAULT, LABEL).commands())
        .containsExactly("", "N", "q1200", "Q1800,36", "D8", "S3", "GW0,0,150,1800", "P1");
    byte[] bytes = LabelRenderer.epl(203, PrintSettings.DEFAULT).render(LABEL);
    String head = "\nN\nq812\nQ1218,24\nD8\nS3\nGW0,0,102,1218,";
    assertThat(bytes)
        .startsWith(head.getBytes(StandardCharsets.US_ASCII))
        .hasSize(head.length() + 102 * 1218 + "\nP1\n".length());
  }

  @Test
  void darknessAndSpeedComeFromThePrintersSettingsAndChangeNothingElse() {
    PrinterJobs.Job dark = job(203, new PrintSettings(15, 1), LABEL);
    assertThat(dark.commands()).contains("D15", "S1").doesNotContain("D8", "S3");
    assertThat(dark.rows()).isEqualTo(job(203, PrintSettings.DEFAULT, LABEL).rows());
  }

  @Test
  void aZeroBitBurnsADot() {
    LinearBarcode bar = TsplRendererTest.barcode(300);
    PrinterJobs.Job job = job(300, PrintSettings.DEFAULT, LABEL);
    int y = bar.y() + bar.height() / 2;
    assertThat(TsplRendererTest.bit(job, bar.x(), y)).as("first bar").isZero();
    assertThat(TsplRendererTest.bit(job, bar.x() - 1, y)).as("quiet zone").isOne();
  }

  @Test
  void theFourDotsPastThe812DotEdgeArePaddingThatNeverBurns() {
    PrinterJobs.Job job = job(203, PrintSettings.DEFAULT, LABEL);
    for (int y = 0; y < job.height(); y++) {
      assertThat(job.rows()[y * 102 + 101] & 0x0F).as("padding of row %d", y).isEqualTo(0x0F);
    }
  }

  @Test
  void hostileTextReachesThePrinterAsDotsNeverAsCommands() {
    assertThat(job(203, PrintSettings.DEFAULT, Samples.hostile()).commands())
        .isEqualTo(job(203, PrintSettings.DEFAULT, LABEL).commands());
  }

  @Test
  void theSameLabelGivesTheSameBytes() {
    LabelRenderer r = LabelRenderer.epl(203, PrintSettings.DEFAULT);
    assertThat(r.render(Samples.hostile())).isEqualTo(r.render(Samples.hostile()));
    assertThat(r.format()).isEqualTo(LabelFormat.EPL);
    assertThat(LabelFormat.EPL.extension()).isEqualTo("epl");
  }
}
