package org.scanstation.station.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * The tracking backend's API key, from the environment ({@value #ENV}) or a secret file (see {@link
 * Secret}). Its {@link #toString()} never shows it, so it cannot leak into a log line by accident.
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
    return new ApiKey(
        Secret.load("backend API key", file, ENV, env, "set it, or pass --api-key-file FILE")
            .reveal());
  }

  /** The key, for the one header that carries it (creates and reads). Never log it. */
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return "ApiKey[hidden]";
  }
}
