package org.scanstation.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LabelRendererTest {

  @Test
  void oneRendererPerFormatAndResolution() {
    for (LabelFormat format : LabelFormat.values()) {
      for (int dpi : LabelRenderer.SUPPORTED_DPI) {
        LabelRenderer r = LabelRenderer.of(format, dpi);
        assertThat(r.format()).isEqualTo(format);
        assertThat(r.dpi()).isEqualTo(dpi);
        assertThat(r.render(Samples.full(MailService.PRIORITY_MAIL, Samples.ZIP5))).isNotEmpty();
      }
    }
    assertThat(LabelFormat.PDF.mediaType()).isEqualTo("application/pdf");
    assertThat(LabelFormat.PNG.extension()).isEqualTo("png");
  }

  @Test
  void refusesResolutionsItCannotLayOutExactly() {
    assertThatThrownBy(() -> LabelRenderer.zpl(600))
        .isInstanceOf(LabelException.class)
        .hasMessage("unsupported printer resolution 600 dpi; labels render at [203, 300] dpi");
  }

  @Test
  void aBarcodeThatCannotFitIsRefusedByEveryFormat() {
    ShippingLabel label =
        ShippingLabel.of(MailService.PRIORITY_MAIL, Samples.LONG_26, Samples.ZIP9);
    for (LabelFormat format : LabelFormat.values()) {
      assertThatThrownBy(() -> LabelRenderer.of(format, 203).render(label))
          .isInstanceOf(LabelException.class)
          .hasMessageContaining("print at 300 dpi");
      assertThat(LabelRenderer.of(format, 300).render(label)).isNotEmpty();
    }
  }
}
