package org.scanstation.station.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.scanstation.station.StationException;

/**
 * The tracking backend's API key, from the environment ({@value #ENV}) or a secret file. Its {@link
 * #toString()} never shows it, so it cannot leak into a log line by accident.
 */
public final class ApiKey {
  /** The environment variable holding the key. */
  public static final String ENV = "STATION_BACKEND_API_KEY";

  private final String value;

  private ApiKey(String value) {
    this.value = value;
  }

  /**
   * The key from {@code file} when given, else from the environment.
   *
   * @throws StationException naming the file or variable when there is no usable key
   */
  public static ApiKey load(Path file, Map<String, String> env) {
    String v;
    String source;
    if (file != null) {
      source = "key file " + file;
      try {
        v = Files.readString(file, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new StationException(
            "cannot read the backend API " + source + ": " + e.getMessage(), e);
      }
    } else {
      source = "environment variable " + ENV;
      v = Objects.requireNonNullElse(env.get(ENV), "").strip();
    }
    if (v.isEmpty() || v.chars().anyMatch(c -> c < 0x21 || c > 0x7E)) {
      throw new StationException(
          "no usable backend API key in the " + source + " (set it, or pass --api-key-file FILE)");
    }
    return new ApiKey(v);
  }

  /** The key, for the one header that carries it. */
  String value() {
    return value;
  }

  @Override
  public String toString() {
    return "ApiKey[hidden]";
  }
}
