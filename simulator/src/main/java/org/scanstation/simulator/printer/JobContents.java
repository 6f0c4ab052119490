package org.scanstation.simulator.printer;

import java.util.List;

/**
 * What a received job holds, whatever its language.
 *
 * @param barcodes the barcodes in it, in order (ZPL: its fields; TSPL/EPL2: read from its raster)
 * @param labels the labels it asks for
 */
record JobContents(List<Barcode> barcodes, int labels) {
  JobContents {
    barcodes = List.copyOf(barcodes);
  }
}
