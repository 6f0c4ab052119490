package org.scanstation.station.config;

import java.util.Locale;

/**
 * Every key the station's configuration file may hold, with its default and meaning. A key in a
 * file that is not listed here is an error (a typo must not silently fall back to a default). Every
 * key can be overridden by an environment variable: {@code STATION_} + the key in upper case with
 * {@code .} and {@code -} as {@code _}, e.g. {@code policy.mailer-id-allow} becomes {@code
 * STATION_POLICY_MAILER_ID_ALLOW}.
 *
 * <p>{@code config/station.example.properties} documents each key; a test keeps the two in step.
 */
public enum Setting {
  /** Where the station keeps its store, labels and logs. */
  DATA_DIR("data-dir", "./station-data", "Directory for the store, backups and demo files."),
  /** Mailer-ID allow-list. */
  MAILER_ID_ALLOW(
      "policy.mailer-id-allow",
      "",
      "Comma-separated Mailer IDs whose parcels are accepted; empty accepts every Mailer ID.");

  private final String key;
  private final String defaultValue;
  private final String description;

  Setting(String key, String defaultValue, String description) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  /** The key as written in a configuration file. */
  public String key() {
    return key;
  }

  /** The value when neither the environment nor the file sets one. */
  public String defaultValue() {
    return defaultValue;
  }

  /** One line for people: what the key does. */
  public String description() {
    return description;
  }

  /** The environment variable that overrides this key. */
  public String envName() {
    return "STATION_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** The setting for a file key, or null. */
  static Setting forKey(String key) {
    for (Setting s : values()) {
      if (s.key.equals(key)) {
        return s;
      }
    }
    return null;
  }
}
