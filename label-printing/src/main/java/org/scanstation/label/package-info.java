/**
 * 4x6 USPS shipping labels: the label model and its renderers. A pure library: it depends on ZXing
 * and PDFBox only, never on devices, a database or the station.
 *
 * <p>The API is small: a {@link org.scanstation.label.ShippingLabel} (with {@link
 * org.scanstation.label.Address}, {@link org.scanstation.label.LabelReferences}, {@link
 * org.scanstation.label.MailService} and {@link org.scanstation.label.ExtraService}) goes into a
 * {@link org.scanstation.label.LabelRenderer} for a {@link org.scanstation.label.LabelFormat} (ZPL,
 * PNG, PDF, TSPL, EPL2) and a printer resolution (203 or 300 dpi), with {@link
 * org.scanstation.label.PrintSettings} for the raster printer languages; bytes come out. Refusals
 * are {@link org.scanstation.label.LabelException}s. Everything else in the package is
 * package-private: one layout on the printer's dot grid that every renderer draws, and one raster
 * of it that the PNG, TSPL and EPL2 renderers share dot for dot.
 *
 * <p>Rendering is deterministic (same label, same bytes) and thread-safe. {@code docs/labels.md}
 * explains the layout, the barcode rules and the escaping.
 */
package org.scanstation.label;
