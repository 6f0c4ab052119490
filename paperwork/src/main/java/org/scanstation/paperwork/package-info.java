/**
 * The station's end-of-day paperwork as PDF: a pure library that depends on PDFBox and ZXing only,
 * never on the station, a database or devices.
 *
 * <p>The station fills in a value ({@link org.scanstation.paperwork.HandOffManifest} with its
 * {@link org.scanstation.paperwork.ManifestPiece}s, {@link org.scanstation.paperwork.FirmSheet}
 * with its {@link org.scanstation.paperwork.AccountablePiece}s and {@link
 * org.scanstation.paperwork.ExtraService}s, or {@link org.scanstation.paperwork.Receipt} with its
 * {@link org.scanstation.paperwork.ReceiptLine}s) and {@link org.scanstation.paperwork.Paperwork}
 * turns it into bytes on a {@link org.scanstation.paperwork.PaperSize}. Refusals are {@link
 * org.scanstation.paperwork.PaperworkException}s. Everything else is package-private.
 *
 * <p>Rendering is deterministic and thread-safe. {@code docs/paperwork.md} describes the documents.
 */
package org.scanstation.paperwork;
