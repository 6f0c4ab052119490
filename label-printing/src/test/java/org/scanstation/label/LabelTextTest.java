package org.scanstation.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelTextTest {

  @Test
  void keepsPrintableAsciiOnOneLine() {
    assertThat(LabelText.clean("  1600  Pennsylvania\tAve\r\nNW  "))
        .isEqualTo("1600 Pennsylvania Ave NW");
    assertThat(LabelText.clean("a\u0000b\u001Dc\u007Fd")).isEqualTo("a b c d");
    assertThat(LabelText.clean(null)).isEmpty();
  }

  @Test
  void dropsAccentsAndShowsWhatItCannotPrint() {
    assertThat(LabelText.upper("Zoë Ångström, Straße")).isEqualTo("ZOE ANGSTROM, STRASSE");
    assertThat(LabelText.clean("東京 Łódź 📦")).isEqualTo("?? ?odz ?");
  }

  @Test
  void aBackslashCannotStartAFieldBlockEscape() {
    assertThat(LabelText.clean("a\\&b\\\\")).isEqualTo("a/&b//");
  }

  @Test
  void cutsHugeInputBeforeLookingAtIt() {
    assertThat(LabelText.clean("x".repeat(1_000_000))).hasSize(LabelText.MAX_INPUT);
  }

  @Test
  void fittedTextNeverExceedsItsWidthAndCutsAreVisible() {
    TextFitter fit = new TextFitter(41, 619, true);
    String longWord = "LLANFAIRPWLLGWYNGYLLGOGERYCHWYRNDROBWLLLLANTYSILIOGOGOGOCH";
    String cut = fit.shorten(longWord);
    assertThat(cut).endsWith("...").startsWith("LLANFAIR");
    assertThat(fit.fits(cut)).isTrue();
    assertThat(fit.shorten("APT 2B")).isEqualTo("APT 2B");

    List<String> lines =
        fit.wrap("MAXIMILIANA EVANGELINA FITZGERALD MONTGOMERY THE THIRD OF MANY", 2);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).isEqualTo("MAXIMILIANA EVANGELINA");
    assertThat(lines.get(1)).endsWith("...");
    assertThat(lines).allMatch(fit::fits);

    assertThat(fit.wrap(longWord, 3)).hasSize(3).allMatch(fit::fits);
    assertThat(fit.wrap("", 3)).isEmpty();
  }

  @Test
  void theCityIsCutBeforeTheStateAndZip() {
    TextFitter fit = new TextFitter(41, 619, true);
    String line =
        fit.shortenKeepingTail("LLANFAIRPWLLGWYNGYLLGOGERYCHWYRNDROBWLLL", " PA 19103-1234");
    assertThat(line).endsWith("... PA 19103-1234");
    assertThat(fit.fits(line)).isTrue();
    String hopeless = fit.shortenKeepingTail("CITY", " " + "9".repeat(60));
    assertThat(fit.fits(hopeless)).isTrue();
    assertThat(hopeless).startsWith("CITY 999").endsWith("...");
  }

  @Test
  void squeezesFixedTextRatherThanCuttingIt() {
    TextFitter fit = new TextFitter(57, 772, true);
    assertThat(fit.squeeze("USPS")).isEqualTo(1.0);
    double s = fit.squeeze("USPS PRIORITY MAIL EXPRESS");
    assertThat(s).isBetween(0.6, 1.0);
    double drawn =
        LabelFont.get().width("USPS PRIORITY MAIL EXPRESS", 57, false) * s
            + 57 * LabelFont.BOLD_STROKE;
    assertThat(drawn).isLessThanOrEqualTo(772);
  }
}
