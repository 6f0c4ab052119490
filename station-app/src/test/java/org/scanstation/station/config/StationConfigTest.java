package org.scanstation.station.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.StationException;

class StationConfigTest {
  @TempDir Path dir;

  @Test
  void usesDefaultsWithoutFileOrEnvironment() {
    StationConfig c = StationConfig.load(null, Map.of());
    assertThat(c.get(Setting.DATA_DIR)).isEqualTo("./station-data");
    assertThat(c.get(Setting.MAILER_ID_ALLOW)).isEmpty();
  }

  @Test
  void environmentWinsOverFileWhichWinsOverDefault() throws IOException {
    Path file = dir.resolve("station.properties");
    Files.writeString(file, "data-dir=/from/file\npolicy.mailer-id-allow=118992\n");
    StationConfig fileOnly = StationConfig.load(file, Map.of());
    assertThat(fileOnly.get(Setting.DATA_DIR)).isEqualTo("/from/file");
    assertThat(fileOnly.get(Setting.MAILER_ID_ALLOW)).isEqualTo("118992");

    StationConfig both = StationConfig.load(file, Map.of("STATION_DATA_DIR", "/from/env"));
    assertThat(both.get(Setting.DATA_DIR)).isEqualTo("/from/env");
    assertThat(both.get(Setting.MAILER_ID_ALLOW)).isEqualTo("118992");
  }

  @Test
  void namesEnvironmentVariablesFromKeys() {
    assertThat(Setting.MAILER_ID_ALLOW.envName()).isEqualTo("STATION_POLICY_MAILER_ID_ALLOW");
    assertThat(Setting.DATA_DIR.envName()).isEqualTo("STATION_DATA_DIR");
  }

  @Test
  void refusesUnknownKeysNamingFileAndKey() throws IOException {
    Path file = dir.resolve("typo.properties");
    Files.writeString(file, "policy.mailer-id-alow=118992\n");
    assertThatThrownBy(() -> StationConfig.load(file, Map.of()))
        .isInstanceOf(StationException.class)
        .hasMessageContaining("typo.properties")
        .hasMessageContaining("'policy.mailer-id-alow'");
  }

  @Test
  void refusesAMissingFileNamingIt() {
    Path missing = dir.resolve("missing.properties");
    assertThatThrownBy(() -> StationConfig.load(missing, Map.of()))
        .isInstanceOf(StationException.class)
        .hasMessageContaining("missing.properties");
  }

  @Test
  void theExampleFileDocumentsEverySettingWithItsDefault() throws IOException {
    Path example = Path.of("..", "config", "station.example.properties");
    Properties p = new Properties();
    try (var r = Files.newBufferedReader(example)) {
      p.load(r);
    }
    for (Setting s : Setting.values()) {
      assertThat(p.getProperty(s.key()))
          .as("key %s in %s", s.key(), example)
          .isEqualTo(s.defaultValue());
    }
    assertThat(p.stringPropertyNames()).hasSize(Setting.values().length);
    StationConfig.load(example, Map.of()); // and it loads
  }
}
