package org.scanstation.station.receipts;

import org.scanstation.station.domain.receipt.SignedReceipt;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * A receipt file as JSON, read and written by Jackson straight into and out of the receipt's
 * records: members in the records' order, indented, every character outside ASCII escaped; read
 * back strictly (no member unknown, missing or repeated, no float where an integer is expected, no
 * text where a number is, at most {@value #MAX_DEPTH} levels deep). The signature does not depend
 * on these bytes ({@code ReceiptText}), so the layout is free to be readable. Thread-safe.
 */
public final class ReceiptJson {
  /** The deepest nesting read: a receipt has three levels. */
  static final int MAX_DEPTH = 8;

  private static final JsonMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_DEPTH)
                          .maxDocumentLength(ReceiptFile.MAX_BYTES)
                          .maxStringLength(ReceiptFile.MAX_BYTES)
                          .maxNumberLength(20)
                          .build())
                  .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .withCoercionConfig(LogicalType.Textual, ReceiptJson::onlyStrings)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private ReceiptJson() {}

  /** The receipt file's text: the signed receipt as indented JSON and a final newline. */
  public static String write(SignedReceipt r) {
    return JSON.writeValueAsString(JsonReceipt.of(r)) + "\n";
  }

  /**
   * Reads a receipt file's text.
   *
   * @throws MalformedReceipt naming the member that is wrong, or the line and column
   */
  public static SignedReceipt read(String text) {
    try {
      return JSON.readValue(text, JsonReceipt.class).signed();
    } catch (JacksonException e) {
      throw new MalformedReceipt(ReceiptJsonErrors.sentence(e), e);
    } catch (NullPointerException e) {
      // only the top level's own members reach here; nested records fail inside Jackson
      throw new MalformedReceipt(e.getMessage() + " must not be null", e);
    }
  }

  /** Text members take strings only: Jackson would otherwise read 12 or true as text. */
  private static void onlyStrings(MutableCoercionConfig c) {
    for (CoercionInputShape shape :
        new CoercionInputShape[] {
          CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
        }) {
      c.setCoercion(shape, CoercionAction.Fail);
    }
  }
}
