package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scanstation.station.StationException;

/** Which display a command gets: --quiet wins, then the override, then the stream itself. */
class ProgressModeTest {
  private static CliContext buffers(Map<String, String> env) {
    return new CliContext(
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(new ByteArrayOutputStream()),
        env);
  }

  @Test
  void aBufferIsNeverATerminalSoItGetsPlainLines() {
    assertThat(ProgressMode.of(buffers(Map.of()), false)).isEqualTo(ProgressMode.LINES);
  }

  @Test
  void quietWinsOverEverything() {
    assertThat(ProgressMode.of(buffers(Map.of("STATION_PROGRESS", "bar")), true))
        .isEqualTo(ProgressMode.OFF);
  }

  @Test
  void theEnvironmentCanAskForABarOrForNothing() {
    assertThat(ProgressMode.of(buffers(Map.of("STATION_PROGRESS", "bar")), false))
        .isEqualTo(ProgressMode.BAR);
    assertThat(ProgressMode.of(buffers(Map.of("STATION_PROGRESS", " Off ")), false))
        .isEqualTo(ProgressMode.OFF);
  }

  @Test
  void aDumbTerminalGetsLines() {
    assertThat(ProgressMode.of(buffers(Map.of("TERM", "dumb")), false))
        .isEqualTo(ProgressMode.LINES);
  }

  @Test
  void anUnknownOverrideNamesTheVariableAndTheChoices() {
    assertThatThrownBy(() -> ProgressMode.of(buffers(Map.of("STATION_PROGRESS", "fancy")), false))
        .isInstanceOf(StationException.class)
        .hasMessage("STATION_PROGRESS=fancy is not a progress mode; use bar, lines or off");
  }
}
