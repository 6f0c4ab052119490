package org.scanstation.station.cli;

import java.io.PrintStream;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** How commands print JSON: one compact object per line, or one indented document. */
final class Json {
  static final JsonMapper COMPACT = JsonMapper.shared();
  static final JsonMapper PRETTY =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Json() {}

  static void line(PrintStream out, Object value) {
    out.println(COMPACT.writeValueAsString(value));
  }

  static void document(PrintStream out, Object value) {
    out.println(PRETTY.writeValueAsString(value));
  }
}
