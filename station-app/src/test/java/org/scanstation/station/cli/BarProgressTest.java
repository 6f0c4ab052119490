package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bar's notes (a benchmark's figures): each on a line of its own, the bar drawn after it. */
class BarProgressTest {
  @Test
  void aNoteOverwritesTheBarsLineAndTheBarComesBackBelowIt() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (BarProgress bar = new BarProgress(err, Map.of("COLUMNS", "61"), "bench", "stages", 5)) {
      bar.at(1);
      bar.note("accept.rate.1  612/s");
      bar.at(2);
    }
    String shown = bytes.toString(StandardCharsets.UTF_8);

    String note = "\r" + "accept.rate.1  612/s" + " ".repeat(60 - 20) + "\n";
    assertThat(shown).contains(note);
    String after = shown.substring(shown.indexOf(note) + note.length());
    assertThat(after).contains("bench").contains("2/5");
  }
}
