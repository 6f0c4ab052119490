package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code station label} from the shaded {@code target/station.jar}, headless, as a user would:
 * the fonts, image writers and PDF classes must all have made it into the jar.
 */
class LabelJarIT {
  private static final Path JAR = Path.of("target", "station.jar");
  private static final String NUMBER = "9405511899223197428506";

  @TempDir Path dir;

  @Test
  void writesEveryFormatFromTheJar() throws Exception {
    for (String format : List.of("zpl", "png", "pdf")) {
      Path out = dir.resolve("label." + format);
      Path err = dir.resolve(format + ".err");
      List<String> command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-jar",
                  JAR.toString(),
                  "label",
                  "--tracking",
                  NUMBER,
                  "--zip",
                  "10001-1234",
                  "--service",
                  "priority-mail",
                  "--to",
                  "{\"name\":\"Jane Q. Public\",\"street1\":\"1 Main St\",\"city\":\"New York\","
                      + "\"state\":\"NY\",\"zip\":\"10001-1234\"}",
                  "--format",
                  format,
                  "--out",
                  out.toString()));
      Process p =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(err.toFile())
              .start();
      assertThat(p.waitFor(1, TimeUnit.MINUTES)).as("station exits").isTrue();
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      assertThat(p.exitValue()).as(stderr).isZero();
      assertThat(stderr).startsWith("wrote ").doesNotContain("DEBUG");
      if (format.equals("zpl")) {
        assertThat(Files.readString(out)).contains("^FD>;>8420100011234>8" + NUMBER + "^FS");
      } else {
        assertThat(LabelFiles.gs1Code128(LabelFiles.image(out)))
            .isEqualTo("]C1420100011234" + LabelFiles.GS + NUMBER);
      }
    }
  }
}
