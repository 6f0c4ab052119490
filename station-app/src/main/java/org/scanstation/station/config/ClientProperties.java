package org.scanstation.station.config;

import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Kafka client properties given as settings: every key {@value #PREFIX}{@code PROP} in the
 * configuration file, and every environment variable {@value #ENV_PREFIX}{@code PROP} that is not a
 * {@link Setting}'s own ({@code STATION_KAFKA_CLIENT_SASL_JAAS_CONFIG} is {@code
 * sasl.jaas.config}). They are passed through unread; the Kafka sink checks them. Each remembers
 * where it came from, so that a secret in the configuration file can be refused. Its {@link
 * #toString()} shows the keys only. Immutable and thread-safe.
 */
public final class ClientProperties {
  /** The prefix of pass-through keys in the configuration file. */
  public static final String PREFIX = "kafka.client.";

  /** The prefix of pass-through environment variables. */
  public static final String ENV_PREFIX = "STATION_KAFKA_CLIENT_";

  /** What a file source says, before its path ({@link #fromFile(String)}). */
  static final String FILE = "file ";

  private final Map<String, String> values;
  private final Map<String, String> sources;

  private ClientProperties(Map<String, String> values, Map<String, String> sources) {
    this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    this.sources = Map.copyOf(sources);
  }

  /** None. */
  public static ClientProperties none() {
    return new ClientProperties(Map.of(), Map.of());
  }

  /**
   * The properties of {@code fromFile} (property name to value, read from the file {@code file}),
   * overridden by the pass-through variables of {@code env}.
   */
  static ClientProperties of(Map<String, String> fromFile, String file, Map<String, String> env) {
    Map<String, String> values = new TreeMap<>();
    Map<String, String> sources = new TreeMap<>();
    fromFile.forEach(
        (k, v) -> {
          values.put(k, v);
          sources.put(k, FILE + file);
        });
    Set<String> settingVars = new HashSet<>();
    for (Setting s : Setting.values()) {
      settingVars.add(s.envName());
    }
    env.forEach(
        (name, v) -> {
          if (name.startsWith(ENV_PREFIX)
              && name.length() > ENV_PREFIX.length()
              && !settingVars.contains(name)) {
            // Kafka's property names are lower case and dotted, so the variable maps back exactly
            String key =
                name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
            values.put(key, v.strip());
            sources.put(key, "environment variable " + name);
          }
        });
    return new ClientProperties(values, sources);
  }

  /** Property name to value, sorted by name. Never log the values. */
  public Map<String, String> values() {
    return values;
  }

  /** Where {@code key} came from, in words ("file station.properties", "environment ..."). */
  public String source(String key) {
    return Objects.requireNonNullElse(sources.get(key), "nowhere");
  }

  /** Whether {@code key} came from the configuration file (where a secret must not be). */
  public boolean fromFile(String key) {
    return source(key).startsWith(FILE);
  }

  @Override
  public String toString() {
    return "ClientProperties" + values.keySet();
  }
}
