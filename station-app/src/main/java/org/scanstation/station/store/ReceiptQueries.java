package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.scanstation.station.StationException;
import org.scanstation.station.domain.acceptance.AcceptanceEvent;
import org.scanstation.station.domain.carrier.CarrierSummary;
import org.scanstation.station.domain.manifest.MerkleTree;
import org.scanstation.station.domain.receipt.CarrierProof;
import org.scanstation.station.domain.receipt.Receipt;
import org.scanstation.station.domain.receipt.ReceiptAcceptance;
import org.scanstation.station.domain.receipt.ReceiptManifest;

/**
 * Reads what a parcel's receipt states, in one read: its acceptance, the closed manifest it is on
 * with the Merkle path rebuilt from that manifest's pieces in leaf order, and the carrier's proofs
 * of mailing and delivery. Thread-safe.
 */
public final class ReceiptQueries {
  /** What the store holds for a receipt. */
  public sealed interface Found permits Stated, NotAccepted, NotOnManifest {}

  /**
   * The receipt's statements, unsigned.
   *
   * @param receipt what it states
   */
  public record Stated(Receipt receipt) implements Found {}

  /** No parcel with this number was accepted here. */
  public record NotAccepted() implements Found {}

  /**
   * Accepted, but on no closed manifest yet.
   *
   * @param acceptedAt when it was accepted
   * @param voided whether it was voided since (then it never will be on one)
   */
  public record NotOnManifest(Instant acceptedAt, boolean voided) implements Found {}

  private final StationStore store;

  /** Queries on {@code store}. */
  public ReceiptQueries(StationStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * What the receipt of the parcel accepted as {@code trackingNumber} states.
   *
   * @throws StationException when the manifest's stored root is not the root of its pieces (the
   *     store was changed: 'station verify' says where)
   */
  public Found find(String trackingNumber) {
    return store.read(c -> find(c, trackingNumber));
  }

  private static Found find(Connection c, String number) throws SQLException {
    Optional<AcceptanceEvent> a = AcceptanceRows.byTrackingNumber(c, number);
    if (a.isEmpty()) {
      return new NotAccepted();
    }
    Optional<Header> m = manifestOf(c, a.get().eventId().toString());
    if (m.isEmpty()) {
      return new NotOnManifest(
          a.get().acceptedAt(), VoidRows.byTrackingNumber(c, number).isPresent());
    }
    MerkleTree tree = MerkleTree.over(leaves(c, m.get().seq));
    if (!tree.root().equals(m.get().manifest.root()) || tree.size() != m.get().manifest.pieces()) {
      throw new StationException(
          "manifest "
              + m.get().manifest.id()
              + " in the store does not match its pieces (stored root "
              + m.get().manifest.root()
              + ", pieces give "
              + tree.root()
              + "): the store was changed; run 'station verify' and restore from a backup");
    }
    CarrierSummary carrier = CarrierSummary.of(CarrierRows.events(c, number), a.get().acceptedAt());
    return new Stated(
        Receipt.of(
            ReceiptAcceptance.of(a.get()),
            m.get().manifest,
            tree.path(m.get().leafIndex),
            CarrierProof.of(carrier.acceptance()),
            CarrierProof.of(carrier.delivery())));
  }

  /** A manifest's header, its chain position and the piece's leaf index on it. */
  private record Header(long seq, int leafIndex, ReceiptManifest manifest) {}

  private static Optional<Header> manifestOf(Connection c, String eventId) throws SQLException {
    String sql =
        "SELECT m.seq, p.leaf_index, m.manifest_id, m.station_id, m.mailing_date, m.origin_zip,"
            + " m.pieces, m.merkle_root, m.closed_at FROM manifest_piece p"
            + " JOIN manifest m ON m.seq = p.manifest_seq WHERE p.event_id = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, eventId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Header(
                rs.getLong(1),
                rs.getInt(2),
                ReceiptManifest.of(
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getInt(7),
                    rs.getString(8),
                    Instant.ofEpochMilli(rs.getLong(9)))));
      }
    }
  }

  /** The chain hashes of a manifest's pieces in leaf order: the tree's leaves. */
  private static List<String> leaves(Connection c, long manifestSeq) throws SQLException {
    String sql =
        "SELECT a.hash FROM manifest_piece p JOIN acceptance a ON a.event_id = p.event_id"
            + " WHERE p.manifest_seq = ? ORDER BY p.leaf_index";
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, manifestSeq);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }
}
