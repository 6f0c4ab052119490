/**
 * Receipt files: the JSON a {@code station receipt} writes and {@code verify-receipt} reads, by
 * Jackson and strictly, and the PDF of the same facts for a person. The receipt itself, its signed
 * text and its checks are in the pure {@code domain.receipt}; this package is its edge.
 */
package org.scanstation.station.receipts;
