/**
 * 4x6 shipping labels: the label model (USPS IMpb layout) and its renderers (ZPL at 203/300 dpi,
 * PNG, PDF). A pure library: it depends on ZXing and PDFBox only, never on devices, a database or
 * the station.
 */
package org.scanstation.label;
