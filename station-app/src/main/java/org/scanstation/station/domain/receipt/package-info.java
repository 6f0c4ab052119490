/**
 * Receipts that prove themselves: one accepted parcel's acceptance as the hash chain recorded it,
 * the closed manifest it is on with the Merkle path to that manifest's root, what the carrier
 * reported of its mailing and delivery, and the station's Ed25519 signature over all of it, taken
 * over the members' {@link org.scanstation.station.domain.receipt.ReceiptText signed text}, not
 * over any JSON bytes. {@link org.scanstation.station.domain.receipt.ReceiptCheck} verifies a
 * receipt with no store at all. Pure: no file, clock, network or JSON library (the file is read and
 * written in {@code org.scanstation.station.receipts}; docs/paperwork.md).
 */
package org.scanstation.station.domain.receipt;
