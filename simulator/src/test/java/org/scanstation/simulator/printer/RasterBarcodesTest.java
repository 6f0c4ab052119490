package org.scanstation.simulator.printer;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import org.junit.jupiter.api.Test;

class RasterBarcodesTest {
  private static final char FNC1 = '\u00f1'; // ZXing's writer's escape

  /** The symbol drawn 3 dots a module, 120 dots tall, with a quiet zone all round. */
  private static BitMatrix page(String content) {
    boolean[] modules = new Code128Writer().encode(content);
    BitMatrix page = new BitMatrix(modules.length * 3 + 200, 200);
    for (int m = 0; m < modules.length; m++) {
      if (modules[m]) {
        page.setRegion(100 + m * 3, 40, 3, 120);
      }
    }
    return page;
  }

  @Test
  void anImpbWhoseCheckCharacterIsFnc1sValueReadsWithoutATrailingSeparator() {
    // 42009039 + this number gives a check character of 102, which ZXing reads as a final GS.
    String number = "93001123456804727314717102";
    assertThat(RasterBarcodes.read(page(FNC1 + "42009039" + FNC1 + number)))
        .extracting(Barcode::data)
        .containsExactly("42009039\u001D" + number);
  }

  @Test
  void anImpbWithAnOrdinaryCheckCharacterReadsAsItIs() {
    String number = "9200191234567870337441";
    assertThat(RasterBarcodes.read(page(FNC1 + "42028418" + FNC1 + number)))
        .extracting(Barcode::data, Barcode::gs1)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("42028418\u001D" + number, true));
  }
}
