package org.scanstation.station.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.scanstation.station.StationException;

/**
 * The station's resolved configuration: for each {@link Setting}, the environment variable wins
 * over the file, and the file over the default. Command-line options, where a command has one, win
 * over all three (the command decides). Immutable and thread-safe.
 */
public final class StationConfig {
  private final Map<Setting, String> values;
  private final Path file;

  private StationConfig(Map<Setting, String> values, Path file) {
    this.values = values;
    this.file = file;
  }

  /** Defaults overridden by the process environment only. */
  public static StationConfig fromEnvironment() {
    return load(null, System.getenv());
  }

  /**
   * Reads {@code file} (a properties file, UTF-8; may be null for none), then applies {@code env}.
   *
   * @throws StationException naming the file when it cannot be read or holds an unknown key
   */
  public static StationConfig load(Path file, Map<String, String> env) {
    Objects.requireNonNull(env, "env");
    Map<Setting, String> values = new EnumMap<>(Setting.class);
    for (Setting s : Setting.values()) {
      values.put(s, s.defaultValue());
    }
    if (file != null) {
      readFile(file, values);
    }
    for (Setting s : Setting.values()) {
      String v = env.get(s.envName());
      if (v != null) {
        values.put(s, v.strip());
      }
    }
    return new StationConfig(values, file);
  }

  private static void readFile(Path file, Map<Setting, String> values) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException | IllegalArgumentException e) {
      throw new StationException(
          "cannot read config file " + file + ": " + e.getMessage() + " (check the path)", e);
    }
    for (String key : p.stringPropertyNames()) {
      Setting s = Setting.forKey(key);
      if (s == null) {
        throw new StationException(
            "config file "
                + file
                + ": unknown key '"
                + key
                + "'; see config/station.example.properties for the keys");
      }
      values.put(s, p.getProperty(key).strip());
    }
  }

  /** The resolved value (never null; may be empty). */
  public String get(Setting setting) {
    return values.get(setting);
  }

  /** The file the values came from, or null when none was given. */
  public Path file() {
    return file;
  }
}
