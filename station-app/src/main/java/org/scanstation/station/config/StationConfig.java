package org.scanstation.station.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import org.scanstation.station.StationException;

/**
 * The station's resolved configuration: for each {@link Setting}, the environment variable wins
 * over the file, and the file over the default. Command-line options, where a command has one, win
 * over all three (the command decides). Every value is parsed in its setting's {@link Form} once,
 * at load: a bad value stops the load, and every bad value is reported at once, each with its key,
 * value, allowed form and where it came from. Immutable and thread-safe.
 */
public final class StationConfig {
  private final Map<Setting, String> values;
  private final Map<Setting, Object> parsed;
  private final ClientProperties kafkaClient;
  private final Path file;

  private StationConfig(
      Map<Setting, String> values,
      Map<Setting, Object> parsed,
      ClientProperties kafkaClient,
      Path file) {
    this.values = values;
    this.parsed = parsed;
    this.kafkaClient = kafkaClient;
    this.file = file;
  }

  /** Defaults overridden by the process environment only. */
  public static StationConfig fromEnvironment() {
    return load(null, System.getenv());
  }

  /**
   * Reads {@code file} (a properties file, UTF-8; may be null for none), then applies {@code env},
   * and parses every value.
   *
   * @throws ConfigException naming the file when it cannot be read or holds an unknown key, or
   *     listing every value that does not have its setting's form
   */
  public static StationConfig load(Path file, Map<String, String> env) {
    Objects.requireNonNull(env, "env");
    Map<Setting, String> values = new EnumMap<>(Setting.class);
    Map<Setting, String> sources = new EnumMap<>(Setting.class);
    for (Setting s : Setting.values()) {
      values.put(s, s.defaultValue());
      sources.put(s, "the default");
    }
    Map<String, String> passed = new TreeMap<>();
    if (file != null) {
      readFile(file, values, sources, passed);
    }
    for (Setting s : Setting.values()) {
      String v = env.get(s.envName());
      if (v != null) {
        values.put(s, v.strip());
        sources.put(s, "environment variable " + s.envName());
      }
    }
    Map<Setting, Object> parsed = new EnumMap<>(Setting.class);
    List<String> problems = new ArrayList<>();
    for (Setting s : Setting.values()) {
      try {
        parsed.put(s, s.form().parse(values.get(s)));
      } catch (IllegalArgumentException e) {
        problems.add(problem(s, values.get(s), sources.get(s), e));
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new StationConfig(
        values, parsed, ClientProperties.of(passed, String.valueOf(file), env), file);
  }

  /** One bad value in words: the key, the value, where it came from and what it may be. */
  static String problem(Setting s, String value, String source, IllegalArgumentException e) {
    String detail =
        s.form().detailed() && e.getMessage() != null ? " (" + e.getMessage() + ")" : "";
    return s.key()
        + "='"
        + value
        + "' (from "
        + source
        + ") must be "
        + s.form().allowed()
        + detail;
  }

  private static void readFile(
      Path file,
      Map<Setting, String> values,
      Map<Setting, String> from,
      Map<String, String> passed) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException | IllegalArgumentException e) {
      throw new StationException(
          "cannot read config file " + file + ": " + e.getMessage() + " (check the path)", e);
    }
    for (String key : p.stringPropertyNames()) {
      Setting s = Setting.forKey(key);
      if (key.startsWith(ClientProperties.PREFIX)
          && key.length() > ClientProperties.PREFIX.length()) {
        passed.put(key.substring(ClientProperties.PREFIX.length()), p.getProperty(key).strip());
        continue;
      }
      if (s == null) {
        throw new StationException(
            "config file "
                + file
                + ": unknown key '"
                + key
                + "'; see config/station.example.properties for the keys");
      }
      values.put(s, p.getProperty(key).strip());
      from.put(s, "file " + file);
    }
  }

  /** The resolved value as written (never null; may be empty). */
  public String get(Setting setting) {
    return values.get(setting);
  }

  /** A {@link Form#BOOLEAN} setting. */
  public boolean flag(Setting setting) {
    return as(setting, Boolean.class);
  }

  /** A {@link Form#DURATION} or {@link Form#POSITIVE_DURATION} setting. */
  public Duration duration(Setting setting) {
    return as(setting, Duration.class);
  }

  /** A whole-number setting (ports, limits, rates, resolutions). */
  public int number(Setting setting) {
    return as(setting, Integer.class);
  }

  /** A {@link Form#SIZE} setting, in bytes. */
  public long size(Setting setting) {
    return as(setting, Long.class);
  }

  /** A {@link Form#DEVICES} setting: id to URI, in order. */
  @SuppressWarnings("unchecked")
  public Map<String, String> devices(Setting setting) {
    return as(setting, Map.class);
  }

  /** A {@link Form#URL} setting. */
  public URI url(Setting setting) {
    return as(setting, URI.class);
  }

  /** The parsed value of any setting, as its form makes it. */
  public <T> T as(Setting setting, Class<T> type) {
    Object v = parsed.get(setting);
    if (!type.isInstance(v)) {
      throw new IllegalStateException(setting.key() + " is a " + setting.form() + ", not " + type);
    }
    return type.cast(v);
  }

  /** The {@code kafka.client.*} properties, for the Kafka sink to check and pass on. */
  public ClientProperties kafkaClient() {
    return kafkaClient;
  }

  /** The file the values came from, or null when none was given. */
  public Path file() {
    return file;
  }
}
