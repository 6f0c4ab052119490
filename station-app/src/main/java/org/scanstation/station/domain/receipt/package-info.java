/**
 * Receipts that prove themselves: one accepted parcel's acceptance as the hash chain recorded it,
 * the closed manifest it is on with the Merkle path to that manifest's root, what the carrier
 * reported of its mailing and delivery, and the station's Ed25519 signature over all of it, in one
 * canonical JSON text. {@link org.scanstation.station.domain.receipt.ReceiptCheck} verifies such a
 * file with no store at all. Pure: no file, clock or network access (docs/paperwork.md).
 */
package org.scanstation.station.domain.receipt;
