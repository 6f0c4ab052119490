package org.scanstation.simulator.printer;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.common.BitMatrix;
import org.junit.jupiter.api.Test;

class RasterTest {
  private static final int MARGIN = 16;

  @Test
  void aZeroBitBurnsADotAndAOneBitLeavesItWhite() {
    Raster r = new Raster();
    r.place(new BitmapHeader(0, 0, 1, 1, 0), new byte[] {(byte) 0b0111_1110});
    BitMatrix page = r.page();
    assertThat(page.get(MARGIN, MARGIN)).isTrue();
    assertThat(page.get(MARGIN + 1, MARGIN)).isFalse();
    assertThat(page.get(MARGIN + 7, MARGIN)).isTrue();
  }

  @Test
  void modesOverwriteAddOrFlip() {
    Raster r = new Raster();
    r.place(new BitmapHeader(0, 0, 1, 1, 0), new byte[] {0x00}); // all eight burnt
    r.place(
        new BitmapHeader(0, 0, 1, 1, 0), new byte[] {(byte) 0x0F}); // overwrite: right half white
    r.place(new BitmapHeader(0, 0, 1, 1, 1), new byte[] {(byte) 0xFE}); // or: the last dot burnt
    r.place(new BitmapHeader(0, 0, 1, 1, 2), new byte[] {(byte) 0x7F}); // xor: the first flipped
    BitMatrix page = r.page();
    boolean[] dots = new boolean[8];
    for (int x = 0; x < 8; x++) {
      dots[x] = page.get(MARGIN + x, MARGIN);
    }
    assertThat(dots).containsExactly(false, true, true, true, false, false, false, true);
  }

  @Test
  void aClearedBufferDrawsNothing() {
    Raster r = new Raster();
    r.place(new BitmapHeader(5, 5, 1, 1, 0), new byte[] {0});
    r.clear();
    assertThat(r.page()).isNull();
  }
}
