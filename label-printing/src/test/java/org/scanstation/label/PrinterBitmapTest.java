package org.scanstation.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class PrinterBitmapTest {

  private static BufferedImage filled(int width, int height, Color color) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D g = image.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, width, height);
    g.dispose();
    return image;
  }

  @Test
  void anAllBlackRowBurnsEveryDotToTheEdgeAndNotOnePaddingBit() {
    PrinterBitmap b = PrinterBitmap.of(filled(812, 3, Color.BLACK));
    assertThat(b.widthBytes()).isEqualTo(102);
    assertThat(b.height()).isEqualTo(3);
    for (int y = 0; y < 3; y++) {
      for (int i = 0; i < 101; i++) {
        assertThat(b.rows()[y * 102 + i]).isZero();
      }
      assertThat(b.rows()[y * 102 + 101]).as("4 dots, then 4 padding bits").isEqualTo((byte) 0x0F);
    }
  }

  @Test
  void aWhiteImageBurnsNothing() {
    PrinterBitmap b = PrinterBitmap.of(filled(9, 2, Color.WHITE));
    assertThat(b.widthBytes()).as("9 dots are 2 bytes: padded, never clipped").isEqualTo(2);
    assertThat(b.rows()).containsOnly((byte) 0xFF);
  }

  @Test
  void aWholeByteWidthHasNoPaddingAndTheLeftmostDotIsTheHighBit() {
    BufferedImage image = filled(1200, 1, Color.WHITE);
    image.setRGB(0, 0, 0xFF000000);
    image.setRGB(1199, 0, 0xFF000000);
    PrinterBitmap b = PrinterBitmap.of(image);
    assertThat(b.widthBytes()).isEqualTo(150);
    assertThat(b.rows()[0]).isEqualTo((byte) 0x7F);
    assertThat(b.rows()[149]).isEqualTo((byte) 0xFE);
  }

  @Test
  void settingsOutOfTheirRangeAreRefusedWithTheRange() {
    assertThatThrownBy(() -> new PrintSettings(16, 3))
        .isInstanceOf(LabelException.class)
        .hasMessage("printer darkness 16 is out of range; use 0 (lightest) to 15 (darkest)");
    assertThatThrownBy(() -> new PrintSettings(8, 0))
        .isInstanceOf(LabelException.class)
        .hasMessage("printer speed 0 is out of range; use 1 to 6");
  }
}
