package org.scanstation.station.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text format (0.0.4) as a scraper reads it: HELP and TYPE lines,
 * then samples {@code name{label="value",...} number}. Any other line, a sample of a family without
 * a TYPE, or a malformed label set is an error, so a test fails on text a scraper would refuse.
 */
final class PrometheusText {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Pattern SAMPLE =
      Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)( -?\\d+)?");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\",?");
  private static final List<String> SUFFIXES =
      List.of("", "_total", "_bucket", "_sum", "_count", "_created", "_info", "_max");

  /** One sample. */
  record Sample(String name, Map<String, String> labels, double value) {}

  private final Map<String, String> types = new HashMap<>();
  private final List<Sample> samples = new ArrayList<>();

  private PrometheusText() {}

  /** Reads {@code text}; throws {@link IllegalArgumentException} naming the first bad line. */
  static PrometheusText parse(String text) {
    PrometheusText t = new PrometheusText();
    for (String line : text.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("# TYPE ")) {
        String[] p = line.split(" ", 4);
        require(p.length == 4 && NAME.matcher(p[2]).matches(), line);
        require(t.types.put(p[2], p[3]) == null, "second TYPE: " + line);
      } else if (line.startsWith("# HELP ")) {
        require(NAME.matcher(line.split(" ", 4)[2]).matches(), line);
      } else {
        t.samples.add(t.sample(line));
      }
    }
    return t;
  }

  private Sample sample(String line) {
    Matcher m = SAMPLE.matcher(line);
    require(m.matches(), line);
    require(family(m.group(1)) != null, "no TYPE for " + line);
    Map<String, String> labels = new LinkedHashMap<>();
    if (m.group(3) != null) {
      Matcher l = LABEL.matcher(m.group(3));
      int end = 0;
      while (l.lookingAt()) {
        labels.put(l.group(1), l.group(2));
        end = l.end();
        l.region(end, m.group(3).length());
      }
      require(end == m.group(3).length(), "labels of " + line);
    }
    return new Sample(
        m.group(1), labels, Double.parseDouble(m.group(4).replace("Inf", "Infinity")));
  }

  private String family(String sampleName) {
    for (String suffix : SUFFIXES) {
      if (sampleName.endsWith(suffix)) {
        String f = sampleName.substring(0, sampleName.length() - suffix.length());
        if (types.containsKey(f)) {
          return f;
        }
      }
    }
    return null;
  }

  /** The type a TYPE line gave {@code family}, or null. */
  String type(String family) {
    return types.get(family);
  }

  /** The value of the one sample with this name and these labels (among others it may have). */
  double value(String name, Map<String, String> labels) {
    List<Sample> found =
        samples.stream()
            .filter(s -> s.name().equals(name))
            .filter(s -> s.labels().entrySet().containsAll(labels.entrySet()))
            .toList();
    require(found.size() == 1, found.size() + " samples of " + name + labels);
    return found.get(0).value();
  }

  /** Every sample. */
  List<Sample> samples() {
    return samples;
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw new IllegalArgumentException("not Prometheus text: " + what);
    }
  }
}
