package org.scanstation.paperwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ManifestPagesTest {
  @ParameterizedTest
  @EnumSource(PaperSize.class)
  void everyPieceIsOnExactlyOnePageInOrderAndOnlyTheLastPageHasTheTail(PaperSize paper) {
    for (int pieces = 1; pieces < 400; pieces++) {
      List<ManifestPages.Page> pages = ManifestPages.plan(pieces, 4, paper);
      int next = 0;
      for (ManifestPages.Page p : pages) {
        assertThat(p.from()).isEqualTo(next);
        next = p.to();
      }
      assertThat(next).isEqualTo(pieces);
      assertThat(pages.stream().filter(ManifestPages.Page::tail)).hasSize(1);
      assertThat(pages.get(pages.size() - 1).tail()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(PaperSize.class)
  void whenTheTailDoesNotFitUnderTheLastPiecesItGetsAPageOfItsOwnAndNothingOverflows(
      PaperSize paper) {
    int firstPageFull = ManifestPages.plan(1, 1, paper).size() == 1 ? rowsOnFirstPage(paper) : 0;
    List<ManifestPages.Page> pages = ManifestPages.plan(firstPageFull, 4, paper);

    assertThat(pages).hasSize(2);
    assertThat(pages.get(1).from()).isEqualTo(pages.get(1).to());
    for (int pieces = 1; pieces < 400; pieces++) {
      List<ManifestPages.Page> plan = ManifestPages.plan(pieces, 4, paper);
      for (int n = 0; n < plan.size(); n++) {
        ManifestPages.Page p = plan.get(n);
        float top = n == 0 ? ManifestPages.FIRST_TABLE_TOP : ManifestPages.NEXT_TABLE_TOP;
        float end = top + ManifestPages.TABLE_HEADER + (p.to() - p.from()) * ManifestPages.ROW;
        if (p.tail()) {
          end += ManifestPages.tailHeight(4);
        }
        assertThat(end).isLessThanOrEqualTo(ManifestPages.bottom(paper));
      }
    }
  }

  private static int rowsOnFirstPage(PaperSize paper) {
    return (int)
        ((ManifestPages.bottom(paper) - ManifestPages.FIRST_TABLE_TOP - ManifestPages.TABLE_HEADER)
            / ManifestPages.ROW);
  }
}
