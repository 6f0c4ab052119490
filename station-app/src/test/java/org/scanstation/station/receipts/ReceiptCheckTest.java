package org.scanstation.station.receipts;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scanstation.station.domain.acceptance.AcceptanceEvent;
import org.scanstation.station.domain.acceptance.HashChain;
import org.scanstation.station.domain.receipt.Receipt;
import org.scanstation.station.domain.receipt.ReceiptAcceptance;
import org.scanstation.station.domain.receipt.ReceiptFixture;
import org.scanstation.station.domain.receipt.ReceiptManifest;
import org.scanstation.station.domain.receipt.ReceiptSignatures;
import org.scanstation.station.domain.receipt.ReceiptVerdict;
import org.scanstation.station.domain.receipt.SignedReceipt;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The offline check of a receipt: an untouched one holds; each kind of change (a field of the
 * acceptance, the manifest header, a carrier event, the path, the root, the key) fails with the
 * sentence that names it; malformed and huge files are refused with where and why.
 */
class ReceiptCheckTest {
  private static final KeyPair STATION = ReceiptFixture.newKey();
  private static final JsonMapper JSON = JsonMapper.shared();

  private final List<AcceptanceEvent> day = ReceiptFixture.chain(11, HashChain.GENESIS, "");
  private final Receipt receipt = ReceiptFixture.receipt(day, 6, "M-2026-12-01-1");
  private final SignedReceipt signed = ReceiptSignatures.sign(receipt, STATION);
  private final String text = ReceiptJson.write(signed);
  private final String root = receipt.manifest().root();
  private final String stationKey = signed.signature().fingerprint();

  private static ReceiptVerdict check(String file, String root, String key) {
    return ReceiptFile.check(file.getBytes(StandardCharsets.UTF_8), root, key);
  }

  private static List<String> failures(ReceiptVerdict v) {
    assertThat(v).isInstanceOf(ReceiptVerdict.Fails.class);
    return ((ReceiptVerdict.Fails) v).failures();
  }

  private String edited(Consumer<ObjectNode> edit) {
    ObjectNode tree = (ObjectNode) JSON.readTree(text);
    edit.accept(tree);
    return JSON.writeValueAsString(tree);
  }

  private static ObjectNode part(ObjectNode tree, String name) {
    return (ObjectNode) tree.get(name);
  }

  @Test
  void anUntouchedReceiptHoldsAndSaysWhichKeySignedIt() {
    ReceiptVerdict v = check(text, root, null);

    assertThat(v).isInstanceOf(ReceiptVerdict.Holds.class);
    ReceiptVerdict.Holds h = (ReceiptVerdict.Holds) v;
    assertThat(h.root()).isEqualTo(root);
    assertThat(h.keyChecked()).isFalse();
    assertThat(h.receipt()).isEqualTo(signed);
    assertThat(h.receipt().signature().fingerprint())
        .isEqualTo(HashChain.sha256(STATION.getPublic().getEncoded()));
  }

  @Test
  void anUntouchedReceiptHoldsAgainstItsKeyAndARootTypedOffPaperInAnyCase() {
    String typedRoot = root.toUpperCase(java.util.Locale.ROOT);
    String typedKey = String.join(":", stationKey.split("(?<=\\G.{4})"));

    ReceiptVerdict v = check(text, typedRoot, typedKey);

    assertThat(v).isInstanceOf(ReceiptVerdict.Holds.class);
    assertThat(((ReceiptVerdict.Holds) v).keyChecked()).isTrue();
  }

  @Test
  void theFileIsIndentedAsciiWithItsMembersInTheDocumentedOrderAndReadsBackToTheSameBytes() {
    assertThat(text).endsWith("}\n");
    assertThat(text.chars().allMatch(c -> c < 0x80)).isTrue();
    assertThat(ReceiptJson.read(text)).isEqualTo(signed);
    assertThat(ReceiptJson.write(ReceiptJson.read(text))).isEqualTo(text);
    assertThat(text)
        .startsWith(
            "{\n  \"format\" : \"scan-station-receipt/2\",\n  \"acceptance\" : {\n"
                + "    \"eventId\" : ");
    assertThat(JSON.readTree(text).propertyNames())
        .containsExactly(
            "format", "acceptance", "manifest", "path", "mailing", "delivery", "signature");
    assertThat(JSON.readTree(text).get("acceptance").propertyNames())
        .containsExactly(
            "eventId",
            "trackingNumber",
            "routingZip",
            "stationId",
            "operatorId",
            "scannerId",
            "rawScan",
            "acceptedAtEpochMilli",
            "acceptedAt",
            "partnerEventCode",
            "prevHash",
            "hash");
  }

  @Test
  void theSignatureHoldsHoweverTheJsonIsSpacedOrderedOrEscaped() {
    ObjectNode tree = (ObjectNode) JSON.readTree(text);
    ObjectNode reordered = JSON.createObjectNode();
    List<String> names = new java.util.ArrayList<>(tree.propertyNames());
    java.util.Collections.reverse(names);
    names.forEach(n -> reordered.set(n, tree.get(n)));
    String compact = JSON.writeValueAsString(reordered);

    assertThat(compact).doesNotContain("\n").startsWith("{\"signature\":");
    assertThat(check(compact, root, stationKey)).isInstanceOf(ReceiptVerdict.Holds.class);
  }

  @Test
  void hostileScanTextSurvivesTheRoundTripAndStillHashes() {
    String hostile = "\"},\"x\":1,\u2028\u0000\n\\\ud800<script>é";
    List<AcceptanceEvent> odd = ReceiptFixture.chain(3, HashChain.GENESIS, hostile);
    SignedReceipt r = ReceiptSignatures.sign(ReceiptFixture.receipt(odd, 1, "M-odd"), STATION);
    String file = ReceiptJson.write(r);

    assertThat(file.chars().allMatch(c -> c >= 0x20 && c < 0x7F || c == '\n')).isTrue();
    assertThat(ReceiptJson.read(file)).isEqualTo(r);
    assertThat(check(file, r.receipt().manifest().root(), null))
        .isInstanceOf(ReceiptVerdict.Holds.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "eventId",
        "trackingNumber",
        "routingZip",
        "stationId",
        "operatorId",
        "scannerId",
        "rawScan",
        "partnerEventCode",
        "prevHash"
      })
  void anyAcceptanceFieldChangedFailsItsHashAndTheSignature(String field) {
    String file = edited(t -> part(t, "acceptance").put(field, "changed"));

    assertThat(failures(check(file, root, stationKey)))
        .hasSize(2)
        .satisfiesExactly(
            f -> assertThat(f).startsWith("acceptance fields do not match their hash:"),
            f -> assertThat(f).startsWith("signature does not match: a field was changed"));
  }

  @Test
  void anAcceptanceTimeMovedByAMillisecondFailsItsHashItsIsoTextAndTheSignature() {
    long at = receipt.acceptance().acceptedAtEpochMilli();
    String file = edited(t -> part(t, "acceptance").put("acceptedAtEpochMilli", at + 1));

    assertThat(failures(check(file, root, null)))
        .satisfiesExactly(
            f -> assertThat(f).startsWith("acceptance fields do not match their hash:"),
            f -> assertThat(f).startsWith("acceptance.acceptedAt \"2026-12-01T08:06:00Z\" is not"),
            f -> assertThat(f).startsWith("signature does not match"));
  }

  @Test
  void aRecomputedHashForChangedFieldsNoLongerLeadsToTheRoot() {
    ReceiptAcceptance a = receipt.acceptance();
    String forged =
        HashChain.hash(
            a.prevHash(),
            a.eventId(),
            a.trackingNumber(),
            a.routingZip(),
            a.stationId(),
            "mallory",
            a.scannerId(),
            a.rawScan(),
            a.acceptedAtEpochMilli(),
            a.partnerEventCode());
    String file =
        edited(t -> part(t, "acceptance").put("operatorId", "mallory").put("hash", forged));

    assertThat(failures(check(file, root, null)))
        .satisfiesExactly(
            f ->
                assertThat(f).startsWith("the Merkle path does not lead to the receipt's manifest"),
            f -> assertThat(f).startsWith("the root differs from the stamped one:"),
            f -> assertThat(f).startsWith("signature does not match"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "stationId", "mailingDate", "originZip", "closedAt"})
  void aManifestHeaderFieldTheChainDoesNotCoverStillFailsTheSignature(String field) {
    String file =
        edited(
            t ->
                part(t, "manifest")
                    .put(field, field.equals("closedAt") ? "2026-12-01T10:00:00Z" : "changed"));

    List<String> failures = failures(check(file, root, stationKey));

    assertThat(failures.get(failures.size() - 1)).startsWith("signature does not match");
    assertThat(failures).allMatch(f -> !f.contains("hash") && !f.contains("Merkle"));
  }

  @Test
  void aChangedPieceCountFailsAgainstThePathAndTheSignature() {
    String file = edited(t -> part(t, "manifest").put("pieces", 12));

    assertThat(failures(check(file, root, null)))
        .satisfiesExactly(
            f -> assertThat(f).isEqualTo("the manifest has 12 pieces but the path is for 11"),
            f -> assertThat(f).startsWith("signature does not match"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"mailing.location", "mailing.occurredAt", "delivery.signer"})
  void aChangedCarrierEventFailsTheSignatureAlone(String where) {
    String[] p = where.split("\\.");
    String file = edited(t -> part(t, p[0]).put(p[1], "1999-01-01T00:00:00Z"));

    assertThat(failures(check(file, root, stationKey)))
        .containsExactly(
            "signature does not match: a field was changed after signing (or the signature or"
                + " its key was replaced)");
  }

  @Test
  void aPathFromAnotherManifestLeadsNeitherToTheReceiptsRootNorToTheStampedOne() {
    List<AcceptanceEvent> other = ReceiptFixture.chain(11, day.get(10).hash(), "other-");
    Receipt elsewhere = ReceiptFixture.receipt(other, 6, "M-2026-12-02-1");
    ArrayNode siblings = JSON.createArrayNode();
    elsewhere.path().siblings().forEach(siblings::add);
    String file = edited(t -> part(t, "path").set("siblings", siblings));

    assertThat(failures(check(file, root, stationKey)))
        .satisfiesExactly(
            f ->
                assertThat(f)
                    .startsWith("the Merkle path does not lead to the receipt's manifest root:")
                    .endsWith("(a path from another manifest, or a changed index or sibling)"),
            f -> assertThat(f).startsWith("the root differs from the stamped one:"),
            f -> assertThat(f).startsWith("signature does not match"));
  }

  @Test
  void aPathWithASiblingMissingDoesNotFitItsPiece() {
    String file = edited(t -> ((ArrayNode) part(t, "path").get("siblings")).remove(0));

    assertThat(failures(check(file, root, null)).get(0))
        .startsWith("the Merkle path does not fit piece 6 of 11");
  }

  @Test
  void aRootThatIsNotTheStampedOneFailsThatAlone() {
    String otherRoot =
        ReceiptFixture.receipt(ReceiptFixture.chain(5, HashChain.GENESIS, "x"), 0, "M-x")
            .manifest()
            .root();

    assertThat(failures(check(text, otherRoot, stationKey)))
        .containsExactly(
            "the root differs from the stamped one: the path leads to "
                + root
                + ", the stamped manifest says "
                + otherRoot);
  }

  @Test
  void aReceiptReSignedWithAnotherKeyIsCaughtByTheStationsFingerprint() {
    KeyPair mallory = ReceiptFixture.newKey();
    Receipt changed =
        new Receipt(
            receipt.format(),
            receipt.acceptance(),
            ReceiptManifest.of(
                "M-forged",
                "station-7",
                "2026-11-30",
                "10001",
                11,
                root,
                ReceiptFixture.T0.minusSeconds(86_400)),
            receipt.path(),
            receipt.mailing(),
            receipt.delivery());
    String forged = ReceiptJson.write(ReceiptSignatures.sign(changed, mallory));
    String malloryKey = HashChain.sha256(mallory.getPublic().getEncoded());

    ReceiptVerdict unchecked = check(forged, root, null);
    assertThat(unchecked).isInstanceOf(ReceiptVerdict.Holds.class);
    assertThat(((ReceiptVerdict.Holds) unchecked).receipt().signature().fingerprint())
        .isEqualTo(malloryKey)
        .isNotEqualTo(stationKey);
    assertThat(failures(check(forged, root, stationKey)))
        .containsExactly(
            "signed by key "
                + malloryKey
                + ", not by the key given with --key ("
                + stationKey
                + "): a receipt signed by another key than the station's");
  }

  @Test
  void anotherPublicKeyPutInWithoutReSigningFailsTheFingerprintAndTheSignature() {
    String otherKey =
        java.util.Base64.getEncoder()
            .encodeToString(ReceiptFixture.newKey().getPublic().getEncoded());
    String file = edited(t -> part(t, "signature").put("publicKey", otherKey));

    assertThat(failures(check(file, root, null)))
        .satisfiesExactly(
            f -> assertThat(f).startsWith("signature.fingerprint " + stationKey + " is not the"),
            f -> assertThat(f).startsWith("signature does not match"));
  }

  @Test
  void malformedJsonNamesWhereItBrokeByJacksonsLineAndColumn() {
    assertThat(failures(check(text.substring(0, 40), root, null)))
        .containsExactly(
            "malformed receipt: Unexpected end-of-input within/between Object entries at line 2,"
                + " column 39");
    assertThat(failures(check(text.substring(0, 30), root, null)))
        .containsExactly(
            "malformed receipt: Unexpected end-of-input: was expecting closing quote for a string"
                + " value (in format) at line 2, column 29");
    assertThat(failures(check("{\"format\":\"a\",\n \"format\":\"b\"}", root, null)))
        .containsExactly(
            "malformed receipt: Duplicate Object property \"format\" at line 2, column 10");
    assertThat(failures(check("{\"x\":[[[[[[[[[[1]]]]]]]]]]}", root, null)).get(0))
        .startsWith("malformed receipt: Document nesting depth (9) exceeds the maximum allowed (8");
    assertThat(failures(check("{\"format\":\"\\u+041\"}", root, null)).get(0))
        .startsWith("malformed receipt: Unexpected character ('+' (code 43)): expected a hex-digit")
        .endsWith("at line 1, column 14");
    assertThat(failures(check(text + "x", root, null)).get(0))
        .startsWith("malformed receipt: Unrecognized token 'x'")
        .endsWith("at line 57, column 1");
  }

  @Test
  void aReceiptOfAnotherShapeNamesTheMember() {
    assertThat(failures(check(edited(t -> part(t, "manifest").put("note", "x")), root, null)))
        .singleElement(as(STRING))
        .startsWith("malformed receipt: unknown member manifest.note at line ");
    assertThat(failures(check(edited(t -> part(t, "path").remove("index")), root, null)))
        .singleElement(as(STRING))
        .startsWith("malformed receipt: member path.index is missing at line ");
    assertThat(failures(check(edited(t -> part(t, "manifest").put("pieces", "11")), root, null)))
        .singleElement(as(STRING))
        .startsWith("malformed receipt: manifest.pieces must be an integer");
    assertThat(failures(check(edited(t -> part(t, "acceptance").put("rawScan", 7)), root, null)))
        .singleElement(as(STRING))
        .startsWith("malformed receipt: acceptance.rawScan must be a string at line ");
    assertThat(failures(check(edited(t -> part(t, "acceptance").putNull("eventId")), root, null)))
        .singleElement(as(STRING))
        .startsWith("malformed receipt: acceptance.eventId must not be null at line ");
    assertThat(failures(check(edited(t -> t.put("format", "receipt/2")), root, null)))
        .containsExactly(
            "malformed receipt: format \"receipt/2\" is not one this station reads (expected"
                + " scan-station-receipt/2)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1796112360000.0", "1.79611236E12", "1796112360000e0"})
  void aFloatWhereAnIntegerIsExpectedIsRefusedWhereItStands(String number) {
    String file =
        text.replaceFirst(
            "(\"acceptedAtEpochMilli\" : )\\d+",
            "$1" + java.util.regex.Matcher.quoteReplacement(number));

    assertThat(file).contains(number);
    assertThat(failures(check(file, root, null)))
        .singleElement(as(STRING))
        .startsWith("malformed receipt: acceptance.acceptedAtEpochMilli must be an integer")
        .endsWith("at line 11, column 30");
  }

  @Test
  void aHugeOrNonUtf8FileIsRefusedUnread() {
    byte[] huge = new byte[ReceiptFile.MAX_BYTES + 1];
    java.util.Arrays.fill(huge, (byte) ' ');

    assertThat(failures(ReceiptFile.check(huge, root, null)).get(0))
        .startsWith("the file has more than 65536 bytes");
    assertThat(failures(ReceiptFile.check(new byte[] {'{', (byte) 0xC3, '}'}, root, null)))
        .containsExactly("malformed receipt: the file is not UTF-8 text");
  }

  @Test
  void aReceiptWithoutCarrierEventsHoldsToo() {
    Receipt bare = Receipt.of(receipt.acceptance(), receipt.manifest(), receipt.path(), null, null);
    String file = ReceiptJson.write(ReceiptSignatures.sign(bare, STATION));

    assertThat(file).contains("\"mailing\" : null,\n  \"delivery\" : null");
    assertThat(check(file, root, stationKey)).isInstanceOf(ReceiptVerdict.Holds.class);
  }
}
