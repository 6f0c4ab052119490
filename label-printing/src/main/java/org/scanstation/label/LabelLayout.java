package org.scanstation.label;

import java.util.List;

/**
 * A label laid out on a printer's dot grid: what every renderer draws. Immutable.
 *
 * @param grid the resolution and page size
 * @param elements in drawing order
 */
record LabelLayout(PrintGrid grid, List<LayoutElement> elements) {
  LabelLayout {
    elements = List.copyOf(elements);
  }
}
