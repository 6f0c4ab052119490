package org.scanstation.paperwork;

import java.util.ArrayList;
import java.util.List;

/**
 * How a hand-off manifest falls onto pages: which pieces each page lists, and which page carries
 * the totals and the signature block (the last one, or a page of its own when they do not fit under
 * the last pieces). Pure geometry, so the page count is known before the first "N of M" is drawn.
 */
final class ManifestPages {
  static final float MARGIN = 40;
  static final float ROW = 13;
  static final float TABLE_HEADER = 16;

  /** Where the first page's table starts, below the barcodes. */
  static final float FIRST_TABLE_TOP = 246;

  /** Where later pages' tables start, below a one-line header. */
  static final float NEXT_TABLE_TOP = MARGIN + 28;

  /** Room kept at the foot of every page for "Page N of M". */
  static final float FOOTER = 24;

  static final float SIGNATURE_BLOCK = 118;

  /** One page: pieces {@code from} (inclusive) to {@code to} (exclusive), and the tail or not. */
  record Page(int from, int to, boolean tail) {}

  private ManifestPages() {}

  /** The pages for {@code pieces} pieces and {@code services} service totals on a paper. */
  static List<Page> plan(int pieces, int services, PaperSize paper) {
    int first = rowsFrom(FIRST_TABLE_TOP, paper);
    int next = rowsFrom(NEXT_TABLE_TOP, paper);
    List<Page> pages = new ArrayList<>();
    int i = 0;
    int capacity = first;
    do {
      int take = Math.min(capacity, pieces - i);
      pages.add(new Page(i, i + take, false));
      i += take;
      if (i < pieces) {
        capacity = next;
      }
    } while (i < pieces);
    Page last = pages.remove(pages.size() - 1);
    float left = (capacity - (last.to() - last.from())) * ROW;
    if (left >= tailHeight(services)) {
      pages.add(new Page(last.from(), last.to(), true));
    } else {
      pages.add(last);
      pages.add(new Page(pieces, pieces, true));
    }
    return pages;
  }

  /** The height of the totals and the signature block. */
  static float tailHeight(int services) {
    return 12 + TABLE_HEADER + ROW * (services + 1) + 14 + SIGNATURE_BLOCK;
  }

  /** The bottom of the space a page may fill. */
  static float bottom(PaperSize paper) {
    return paper.heightPt() - MARGIN - FOOTER;
  }

  private static int rowsFrom(float tableTop, PaperSize paper) {
    return (int) ((bottom(paper) - tableTop - TABLE_HEADER) / ROW);
  }
}
