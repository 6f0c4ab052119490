package org.scanstation.paperwork;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** Documents as the station would fill them in. */
final class Samples {
  static final String ROOT = "3f7a9c0d5e2b4a6f8c1d3e5f7a9b0c2d4e6f8a1b3c5d7e9f0a2b4c6d8e0f1a2b";
  static final String MANIFEST_ID = "M-20261201-0001";
  static final LocalDate DATE = LocalDate.of(2026, 12, 1);
  static final List<String> SERVICES =
      List.of("Priority Mail", "Ground Advantage", "Priority Mail Express", "First-Class Mail");

  private Samples() {}

  /** A 22-digit tracking number, unique per {@code i}. */
  static String tracking(int i) {
    return String.format("9400111899223%09d", 100_000 + i * 7);
  }

  static ManifestPiece piece(int i) {
    return new ManifestPiece(
        tracking(i),
        SERVICES.get(i % SERVICES.size()),
        String.format("%05d", 10_000 + i),
        "2026-12-01 09:" + String.format("%02d", i % 60) + " UTC");
  }

  static HandOffManifest manifest(int pieces) {
    List<ManifestPiece> list = new ArrayList<>();
    for (int i = 0; i < pieces; i++) {
      list.add(piece(i));
    }
    return manifest(list);
  }

  static HandOffManifest manifest(List<ManifestPiece> pieces) {
    return new HandOffManifest(
        "Acme Fulfilment, Dock 3",
        List.of("100 Industrial Way", "Springfield, IL 62701"),
        "station-07",
        DATE,
        MANIFEST_ID,
        ROOT,
        Optional.of("SHA256:9c1e 44af 0b7d"),
        pieces);
  }

  /** An article number, unique and increasing with {@code i}. */
  static String article(int i) {
    return String.format("94071118992231%08d", 500 + i * 13);
  }

  static AccountablePiece certified(int i) {
    Set<ExtraService> extras = EnumSet.of(ExtraService.CERTIFIED_MAIL);
    if (i % 3 == 0) {
      extras.add(ExtraService.RETURN_RECEIPT);
    }
    if (i % 4 == 1) {
      extras.add(ExtraService.RESTRICTED_DELIVERY);
    }
    if (i % 5 == 2) {
      extras.add(ExtraService.RETURN_RECEIPT_ELECTRONIC);
    }
    return AccountablePiece.unpriced(
        article(i),
        "Addressee " + i,
        List.of(i + " Main Street", "Apt " + i, "Portland, OR 97201"),
        "First-Class Mail",
        extras);
  }

  /** {@code n} certified pieces in a shuffled but fixed order. */
  static List<AccountablePiece> shuffledCertified(int n) {
    List<AccountablePiece> pieces = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      pieces.add(certified(i));
    }
    Collections.shuffle(pieces, new Random(16));
    return pieces;
  }

  static FirmSheet firmSheet(List<AccountablePiece> pieces) {
    return new FirmSheet(
        "Legal Notices Desk, Smith & Jones LLP",
        List.of("1 Court Square", "Suite 400", "Boston, MA 02108"),
        DATE,
        "02108",
        MANIFEST_ID,
        pieces);
  }

  static AccountablePiece priced(int i) {
    return new AccountablePiece(
        article(i),
        "Priced " + i,
        List.of("2 Elm St", "Boston, MA 02108"),
        "First-Class Mail",
        EnumSet.of(ExtraService.CERTIFIED_MAIL, ExtraService.ADULT_SIGNATURE),
        Optional.of(new BigDecimal("0.73")),
        Map.of(ExtraService.CERTIFIED_MAIL, new BigDecimal("4.85")));
  }

  static Receipt receipt(int carrierEvents) {
    List<ReceiptLine> events = new ArrayList<>();
    for (int i = 0; i < carrierEvents; i++) {
      events.add(new ReceiptLine("2026-12-0" + (1 + i % 9) + " 10:00", "In transit, event " + i));
    }
    return new Receipt(
        tracking(3),
        List.of(
            new ReceiptLine("Station", "station-07"),
            new ReceiptLine("Operator", "jdoe"),
            new ReceiptLine("Accepted at", "2026-12-01T09:03:00Z"),
            new ReceiptLine("Event id", "412"),
            new ReceiptLine("Chain hash", "aa".repeat(32))),
        List.of(new ReceiptLine("Manifest", MANIFEST_ID), new ReceiptLine("Position", "4 of 40")),
        List.of(
            new ReceiptLine("Sibling 1 (right)", "bb".repeat(32)),
            new ReceiptLine("Sibling 2 (left)", "cc".repeat(32))),
        events,
        ROOT,
        Optional.empty());
  }
}
