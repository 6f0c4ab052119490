package org.scanstation.device.printer.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CommandLinesTest {
  private static final Pattern PRINT = Pattern.compile("PRINT\\s+\\d+(\\s*,\\s*\\d+)?");

  private static byte[] tspl(byte[] data) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("SIZE 4,6\r\nCLS\r\nBITMAP 0,0,2,2,0,".getBytes(StandardCharsets.US_ASCII));
    b.writeBytes(data);
    b.writeBytes("\r\nPRINT 1,1\r\n".getBytes(StandardCharsets.US_ASCII));
    return b.toByteArray();
  }

  @Test
  void theLastLabelEndsAfterItsPrintLine() {
    byte[] job = tspl(new byte[] {(byte) 0xff, 0, 0, (byte) 0xff});
    CommandLines c = CommandLines.scan(job, "BITMAP ", 5, PRINT);
    assertThat(c.labels()).isOne();
    assertThat(c.endOfLastLabel()).isEqualTo(job.length);
    assertThat(c.bitmap()).isEqualTo("BITMAP");
  }

  @Test
  void bitmapDataThatLooksLikeAPrintLineIsNotOne() {
    byte[] data = "\nPRINT 1\n".getBytes(StandardCharsets.US_ASCII);
    byte[] job = tspl(java.util.Arrays.copyOf(data, 4));
    CommandLines c = CommandLines.scan(job, "BITMAP ", 5, PRINT);
    assertThat(c.labels()).isOne();
  }

  @Test
  void aPrintLineWithoutItsLineEndPrintsNothing() {
    byte[] job = "CLS\r\nPRINT 1,1".getBytes(StandardCharsets.US_ASCII);
    CommandLines c = CommandLines.scan(job, "BITMAP ", 5, PRINT);
    assertThat(c.labels()).isZero();
    assertThat(c.endOfLastLabel()).isEqualTo(-1);
  }

  @Test
  void eplLabelsEndAtTheirPLines() {
    byte[] job = "N\r\nGW0,0,1,1,\u0000\r\nP1\r\nN\r\nP1\r\n".getBytes(StandardCharsets.ISO_8859_1);
    CommandLines c = CommandLines.scan(job, "GW", 4, Pattern.compile("P\\d+(,\\d+)?"));
    assertThat(c.labels()).isEqualTo(2);
    assertThat(c.endOfLastLabel()).isEqualTo(job.length);
  }
}
