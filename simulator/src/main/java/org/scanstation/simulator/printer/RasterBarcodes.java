package org.scanstation.simulator.printer;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reads the Code 128 / GS1-128 symbols on a drawn page with ZXing, as a scanner would read the
 * printed label: top to bottom, then left to right; a page with none upright is read turned a
 * quarter. GS1-128 reads as {@code ]C1} (dropped from {@code data}, {@code gs1} set) and every
 * later FNC1 as GS, so an IMpb reads {@code 420<ZIP><GS><tracking number>} as it does from ZPL.
 * Stateless.
 */
final class RasterBarcodes {
  private static final String GS1_PREFIX = "]C1";
  private static final String GS = "\u001D";
  private static final int FNC1 = 102;
  private static final Map<DecodeHintType, Object> HINTS =
      Map.of(
          DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128),
          DecodeHintType.TRY_HARDER, Boolean.TRUE,
          DecodeHintType.ASSUME_GS1, Boolean.TRUE);

  private RasterBarcodes() {}

  /** The barcodes on a page (none on a null page). */
  static List<Barcode> read(BitMatrix page) {
    if (page == null) {
      return List.of();
    }
    List<Barcode> found = decode(page);
    return found.isEmpty() ? decode(quarterTurn(page)) : found;
  }

  private static List<Barcode> decode(BitMatrix page) {
    BinaryBitmap image = new BinaryBitmap(new HybridBinarizer(new PageLuminance(page)));
    try {
      Result[] results =
          new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(image, HINTS);
      return Arrays.stream(results)
          .sorted(Comparator.comparing(RasterBarcodes::top).thenComparing(RasterBarcodes::left))
          .map(RasterBarcodes::barcode)
          .distinct()
          .toList();
    } catch (NotFoundException e) {
      return List.of();
    }
  }

  private static Barcode barcode(Result r) {
    String text = withoutCheckCharacter(r);
    boolean gs1 = text.startsWith(GS1_PREFIX);
    return new Barcode("BC", gs1, gs1 ? text.substring(GS1_PREFIX.length()) : text, text);
  }

  /**
   * The text a scanner sends. ZXing's Code 128 reader (3.5.4) turns a check character whose value
   * is 102 (FNC1's, about one symbol in 103) into a trailing GS; a scanner drops the check
   * character whatever its value, so that GS is dropped here too.
   */
  private static String withoutCheckCharacter(Result r) {
    String text = r.getText();
    byte[] raw = r.getRawBytes(); // the symbol's values: start, data, check character, stop
    boolean checkLooksLikeFnc1 = raw != null && raw.length >= 2 && raw[raw.length - 2] == FNC1;
    return checkLooksLikeFnc1 && text.endsWith(GS)
        ? text.substring(0, text.length() - GS.length())
        : text;
  }

  private static float top(Result r) {
    return points(r).map(ResultPoint::getY).min(Float::compare).orElse(0f);
  }

  private static float left(Result r) {
    return points(r).map(ResultPoint::getX).min(Float::compare).orElse(0f);
  }

  private static java.util.stream.Stream<ResultPoint> points(Result r) {
    ResultPoint[] p = r.getResultPoints();
    return p == null ? java.util.stream.Stream.empty() : Arrays.stream(p).filter(q -> q != null);
  }

  private static BitMatrix quarterTurn(BitMatrix m) {
    BitMatrix turned = new BitMatrix(m.getHeight(), m.getWidth());
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        if (m.get(x, y)) {
          turned.set(y, m.getWidth() - 1 - x);
        }
      }
    }
    return turned;
  }
}
