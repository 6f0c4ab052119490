package org.scanstation.station.receipts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scanstation.paperwork.PaperSize;
import org.scanstation.paperwork.Paperwork;
import org.scanstation.paperwork.ReceiptLine;
import org.scanstation.station.domain.manifest.MerklePath;
import org.scanstation.station.domain.receipt.CarrierProof;
import org.scanstation.station.domain.receipt.Receipt;
import org.scanstation.station.domain.receipt.ReceiptAcceptance;
import org.scanstation.station.domain.receipt.ReceiptManifest;
import org.scanstation.station.domain.receipt.SignedReceipt;

/**
 * A signed receipt as the paperwork module's one-page PDF: the same facts as the JSON, as display
 * lines, with the manifest root as a QR code and the signing key's fingerprint. The JSON stays the
 * file a verifier checks. Pure computation; stateless and thread-safe.
 */
public final class ReceiptPaper {
  private ReceiptPaper() {}

  /** The receipt's PDF bytes on {@code paper}: the same receipt gives the same bytes. */
  public static byte[] pdf(SignedReceipt r, PaperSize paper) {
    return Paperwork.receipt(page(r), paper);
  }

  /** The paperwork module's receipt value for {@code r}. */
  static org.scanstation.paperwork.Receipt page(SignedReceipt r) {
    Receipt x = r.receipt();
    return new org.scanstation.paperwork.Receipt(
        x.acceptance().trackingNumber(),
        acceptance(x.acceptance()),
        manifest(x.manifest(), x.path()),
        path(x.path()),
        carrier(x),
        x.manifest().root(),
        Optional.of(r.signature().fingerprint()));
  }

  private static List<ReceiptLine> acceptance(ReceiptAcceptance a) {
    return List.of(
        line("Tracking number", a.trackingNumber()),
        line("Accepted at", a.acceptedAt()),
        line("Station", a.stationId()),
        line("Operator", a.operatorId()),
        line("Scanner", a.scannerId()),
        line("Routing ZIP", a.routingZip()),
        line("Event id", a.eventId()),
        line("Previous hash", a.prevHash()),
        line("Chain hash", a.hash()));
  }

  private static List<ReceiptLine> manifest(ReceiptManifest m, MerklePath p) {
    return List.of(
        line("Manifest", m.id()),
        line("Mailing date", m.mailingDate()),
        line("Origin ZIP", m.originZip()),
        line("Closed at", m.closedAt() + " by " + m.stationId()),
        line("Position", (p.index() + 1) + " of " + m.pieces()));
  }

  private static List<ReceiptLine> path(MerklePath p) {
    List<ReceiptLine> lines = new ArrayList<>();
    for (int i = 0; i < p.siblings().size(); i++) {
      lines.add(line("Sibling " + (i + 1) + (i == 0 ? " (leaf level)" : ""), p.siblings().get(i)));
    }
    return lines.isEmpty() ? List.of(line("", "none: the only piece on its manifest")) : lines;
  }

  private static List<ReceiptLine> carrier(Receipt x) {
    List<ReceiptLine> lines = new ArrayList<>();
    event("Mailed (USPS acceptance)", x.mailing(), lines);
    event("Delivered", x.delivery(), lines);
    return lines;
  }

  private static void event(String what, CarrierProof p, List<ReceiptLine> lines) {
    if (p == null) {
      return;
    }
    StringBuilder b = new StringBuilder(p.occurredAt());
    for (String part : new String[] {p.location(), p.zip()}) {
      if (part != null) {
        b.append(", ").append(part);
      }
    }
    if (p.signer() != null) {
      b.append(", signed by ").append(p.signer());
    }
    lines.add(line(what, b.append(" (").append(p.source()).append(')').toString()));
  }

  // Carrier and scan text is cleaned by the paperwork module; absent values show as a dash.
  private static ReceiptLine line(String label, String value) {
    return new ReceiptLine(label, value == null ? "-" : value);
  }
}
