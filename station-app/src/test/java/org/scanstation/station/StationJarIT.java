package org.scanstation.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the shaded {@code target/station.jar} as a user would. */
class StationJarIT {
  private static final Path JAR = Path.of("target", "station.jar");
  private static final String EXAMPLE = "9400111899223197428497";

  /** Exit status, the first lines of standard output, their total count, standard error. */
  private record Result(
      int exit, List<String> out, long lineCount, long invalidCount, String err) {}

  private static final int KEPT_LINES = 1000;

  private static Result run(byte[] stdin, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(javaBin(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).start();
    CompletableFuture<String> err =
        CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
    CompletableFuture<Void> feed =
        CompletableFuture.runAsync(
            () -> {
              try (OutputStream in = p.getOutputStream()) {
                in.write(stdin);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    List<String> out = new ArrayList<>();
    long count = 0;
    long invalid = 0;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; count++) {
        if (out.size() < KEPT_LINES) {
          out.add(line);
        }
        if (line.contains("\"valid\":false")) {
          invalid++;
        }
      }
    }
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("station exits").isTrue();
    feed.get();
    return new Result(p.exitValue(), out, count, invalid, err.get());
  }

  private static String readAll(java.io.InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Test
  void theJarIsExecutableAndEveryCommandHasHelp() throws Exception {
    assertThat(JAR).exists();
    Result help = run(new byte[0], "--help");
    assertThat(help.exit()).isZero();
    assertThat(String.join("\n", help.out())).contains("validate");
    Result validateHelp = run(new byte[0], "validate", "--help");
    assertThat(validateHelp.exit()).isZero();
    assertThat(validateHelp.err()).doesNotContain("DEBUG");
    assertThat(run(new byte[0], "--version").out().get(0)).startsWith("station 0.");
  }

  @Test
  void validatesAMillionLinesFromStandardInput() throws Exception {
    int lines = 1_000_000;
    StringBuilder b = new StringBuilder(lines * 32);
    for (int i = 0; i < lines; i++) {
      b.append(i % 1000 == 999 ? "94001118992231974284900" : EXAMPLE).append('\n');
    }
    Path input = Files.createTempFile("million", ".txt");
    Files.writeString(input, b);
    Result r = run(Files.readAllBytes(input), "validate");
    Files.delete(input);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.lineCount()).isEqualTo(lines);
    assertThat(r.out().get(0)).contains("\"valid\":true");
    assertThat(r.out().get(999)).contains("\"reason\":\"WRONG_LENGTH\"");
    assertThat(r.invalidCount()).isEqualTo(lines / 1000);
    assertThat(r.err()).isEmpty();
  }
}
