package org.scanstation.station.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The package's {@code /usr/bin/station} ({@code deploy/bin/station}) runs the station as the
 * service does: with {@code STATION_LOG_FORMAT=json} every log line is one JSON object, and SIGTERM
 * ends it with 143, the unit's success status.
 */
class LauncherIT {
  private static final Path WORK = Path.of("target", "launcher-it").toAbsolutePath();
  private static final Path LAUNCHER = DebianPackage.REPO.resolve("deploy/bin/station");

  @Test
  void jsonLogLinesAreOneObjectEachAndSigtermIsACleanStop() throws Exception {
    DebianPackage.recreate(WORK);
    Path err = WORK.resolve("stderr.txt");
    ProcessBuilder pb =
        new ProcessBuilder(
                List.of(LAUNCHER.toString(), "run", "--data-dir", WORK.resolve("data").toString()))
            .directory(WORK.toFile())
            .redirectOutput(WORK.resolve("stdout.txt").toFile())
            .redirectError(err.toFile());
    pb.environment().put("PATH", Shell.pathWithThisJava());
    pb.environment().put("STATION_JAR", DebianPackage.JAR.toString());
    pb.environment().put("STATION_LOG_FORMAT", "json");
    pb.environment().put("STATION_HTTP_PORT", "0");
    pb.environment().put("STATION_SYNC_ENABLED", "false");
    Process p = pb.start();
    try {
      await()
          .atMost(Duration.ofSeconds(90))
          // JSON escapes '/' as "\/", so the address is not matched.
          .until(() -> read(err).contains("pages and local API at"));
      p.destroy();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
      assertThat(p.exitValue()).as(read(err)).isEqualTo(143);
    } finally {
      p.destroyForcibly();
    }
    JsonMapper json = JsonMapper.builder().build();
    List<String> logLines = read(err).lines().filter(l -> l.startsWith("{")).toList();
    assertThat(logLines).hasSizeGreaterThanOrEqualTo(3);
    for (String line : logLines) {
      JsonNode entry = json.readTree(line);
      assertThat(entry.path("level").asString()).as(line).isIn("INFO", "WARN", "ERROR");
      assertThat(entry.path("loggerName").asString()).as(line).startsWith("org.scanstation");
      assertThat(entry.has("formattedMessage")).as(line).isTrue();
    }
    assertThat(logLines).anyMatch(l -> l.contains("\"INFO\"") && l.contains("station stopped"));
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }
}
