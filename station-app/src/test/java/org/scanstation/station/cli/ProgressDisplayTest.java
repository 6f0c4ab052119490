package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** --quiet shows nothing at all; without it a non-terminal gets lines on standard error only. */
class ProgressDisplayTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final CliContext context =
      new CliContext(
          new ByteArrayInputStream(new byte[0]),
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8),
          Map.of());

  private static ProgressOptions options(String... args) {
    return CommandLine.populateCommand(new ProgressOptions(), args);
  }

  private void run(Progress p) {
    try (p) {
      for (int i = 1; i <= 100; i++) {
        p.at(i);
      }
    }
  }

  @Test
  void quietWritesNothingAnywhere() {
    run(ProgressDisplay.start(context, options("--quiet"), "import", "rows", 100));
    assertThat(err.toByteArray()).isEmpty();
    assertThat(out.toByteArray()).isEmpty();
  }

  @Test
  void withoutQuietTheLinesGoToStandardErrorOnly() {
    run(ProgressDisplay.start(context, options(), "import", "rows", 100));
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("station: import 10/100 rows (10%)")
        .contains("station: import done: 100 rows in ");
    assertThat(out.toByteArray()).isEmpty();
  }

  @Test
  void theShortFormIsQuietToo() {
    run(ProgressDisplay.start(context, options("-q"), "export", "rows", -1));
    assertThat(err.toByteArray()).isEmpty();
  }
}
