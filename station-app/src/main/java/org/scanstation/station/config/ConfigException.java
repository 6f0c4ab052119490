package org.scanstation.station.config;

import java.util.List;
import org.scanstation.station.StationException;

/**
 * Values in the configuration that do not have their settings' forms, every one of them, each
 * naming its key, its value, where it came from and what is allowed. Commands that load the
 * configuration exit with status 2 on it.
 */
public final class ConfigException extends StationException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  ConfigException(List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** Each bad value in words. */
  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    if (problems.size() == 1) {
      return "config: " + problems.get(0);
    }
    return "config has " + problems.size() + " bad values:\n  " + String.join("\n  ", problems);
  }
}
