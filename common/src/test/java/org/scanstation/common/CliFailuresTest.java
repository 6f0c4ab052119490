package org.scanstation.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CliFailuresTest {
  static final class OwnError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OwnError(String message) {
      super(message);
    }
  }

  @Test
  void theProgramsOwnErrorIsOneLineAndAnythingElseCarriesItsStackTrace() {
    StringWriter out = new StringWriter();
    PrintWriter err = new PrintWriter(out);
    assertThat(
            CliFailures.report(
                new OwnError("port gone; replug it"), err, "station", OwnError.class))
        .isEqualTo(1);
    assertThat(out.toString()).isEqualTo("station: port gone; replug it" + System.lineSeparator());
    StringWriter out2 = new StringWriter();
    CliFailures.report(
        new IllegalStateException("boom"), new PrintWriter(out2), "station", OwnError.class);
    assertThat(out2.toString())
        .startsWith("station: unexpected error: java.lang.IllegalStateException: boom")
        .contains("at org.scanstation.common.CliFailuresTest");
  }
}
