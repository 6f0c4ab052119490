package org.scanstation.station.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.scanstation.station.StationException;

/**
 * A secret (an API key, a client secret, a webhook signing secret) from a file or an environment
 * variable, never from the configuration file itself. Its {@link #toString()} never shows it, so it
 * cannot reach a log line by accident. Immutable.
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * The secret from {@code file} when given, else from the environment variable {@code envVar}.
   *
   * @param what what it is, for the message ("backend API key")
   * @param hint how to give it, for the message ("pass --api-key-file FILE")
   * @throws StationException naming the file or variable when there is no usable secret: empty, or
   *     with characters that cannot go in an HTTP header
   */
  public static Secret load(
      String what, Path file, String envVar, Map<String, String> env, String hint) {
    String v;
    String source;
    if (file != null) {
      source = "file " + file;
      try {
        v = Files.readString(file, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new StationException("cannot read the " + what + " " + source + ": " + e, e);
      }
    } else {
      source = "environment variable " + envVar;
      v = Objects.requireNonNullElse(env.get(envVar), "").strip();
    }
    if (v.isEmpty() || v.chars().anyMatch(c -> c < 0x21 || c > 0x7E)) {
      throw new StationException("no usable " + what + " in the " + source + " (" + hint + ")");
    }
    return new Secret(v);
  }

  /** The secret itself, for the one header or signature that needs it. Never log it. */
  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "Secret[hidden]";
  }
}
