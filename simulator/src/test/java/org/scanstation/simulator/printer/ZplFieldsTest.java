package org.scanstation.simulator.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ZplFieldsTest {
  private static final String GS = "\u001D";
  private static final String NUMBER = "9400111899223197428497";

  private static JobContents read(String zpl) {
    return ZplFields.read(zpl.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void readsAnImpbCode128WithInvocationCodes() {
    String fd = ">;>842092612>8" + NUMBER;
    JobContents c = read("^XA^BY3^FO60,60^BCN,200,N,N,N^FD" + fd + "^FS^XZ");
    assertThat(c.barcodes()).containsExactly(new Barcode("BC", true, "42092612" + GS + NUMBER, fd));
    assertThat(c.labels()).isEqualTo(1);
  }

  @Test
  void switchesAndLiteralsLeaveTheReadableText() {
    Barcode b = read("^XA^BCN^FD>:AB>5123456>6>8X><Y>=Z^FS^XZ").barcodes().get(0);
    assertThat(b.gs1()).isFalse();
    assertThat(b.data()).isEqualTo("AB123456" + GS + "X>Y~Z");
  }

  @Test
  void decodesFieldHexBeforeTheBarcode() {
    Barcode b = read("^XA^BCN,100^FH\\^FD>;>842092612\\1D" + NUMBER + "^FS^XZ").barcodes().get(0);
    assertThat(b.gs1()).isTrue();
    assertThat(b.data()).isEqualTo("42092612" + GS + NUMBER);
    Barcode underscore = read("^XA^FH^BCN^FD_3E;X^FS^XZ").barcodes().get(0);
    assertThat(underscore.data()).isEqualTo("X"); // _3E is '>', so ">;" is a start code
  }

  @Test
  void modeDIsGs1AndDropsParentheses() {
    Barcode b = read("^XA^BCN,100,Y,N,N,D^FD(420)92612>8(92)0012^FS^XZ").barcodes().get(0);
    assertThat(b.gs1()).isTrue();
    assertThat(b.data()).isEqualTo("42092612" + GS + "920012");
  }

  @Test
  void readsGs1DataMatrixEscapes() {
    Barcode tilde = read("^XA^BXN,5,200^FD~1420926121~1" + NUMBER + "^FS^XZ").barcodes().get(0);
    assertThat(tilde.command()).isEqualTo("BX");
    assertThat(tilde.gs1()).isTrue();
    assertThat(tilde.data()).isEqualTo("420926121" + GS + NUMBER);
    Barcode custom = read("^XA^BXN,5,200,,,,_^FD_1AB_d065__C_@^FS^XZ").barcodes().get(0);
    assertThat(custom.data()).isEqualTo("ABA_C\u0000");
    Barcode hex = read("^XA^BXN,5,200^FH^FD_1D_1D420^FS^XZ").barcodes().get(0);
    assertThat(hex.gs1()).isFalse();
    assertThat(hex.data()).isEqualTo(GS + GS + "420");
  }

  @Test
  void otherFieldsAreNotBarcodesAndQuantityIsRead() {
    JobContents c = read("^XA^FO1,1^A0N,20^FDText^FS^BCN^FDA1^FS^FDmore^FS^PQ3,0,1,Y^XZ");
    assertThat(c.barcodes()).extracting(Barcode::data).containsExactly("A1");
    assertThat(c.labels()).isEqualTo(3);
    assertThat(read("^XA^PQx^XZ").labels()).isEqualTo(1);
  }
}
