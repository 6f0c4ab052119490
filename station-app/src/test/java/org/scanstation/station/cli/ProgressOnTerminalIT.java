package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.domain.tracking.Mod10;

/**
 * {@code station import} and {@code station export} from the shaded jar with standard error on a
 * real pseudo-terminal ({@code script} from util-linux) and standard output redirected to a file,
 * as in {@code station export ... > day.csv}: the bar is drawn on the terminal, and the file is
 * byte for byte what a {@code --quiet} run writes.
 */
class ProgressOnTerminalIT {
  private static final Path JAR = Path.of("target", "station.jar");
  private static final int ROWS = 1500;

  @TempDir Path work;

  private static String number(int i) {
    return Mod10.withCheckDigit(String.format("9400111899%011d", i));
  }

  private Path orders() throws Exception {
    String rows =
        IntStream.rangeClosed(1, ROWS)
            .mapToObj(
                i -> number(i) + ",O-" + i + ",priority-mail,Ada,1 Main St,New York,NY,10001\n")
            .collect(Collectors.joining());
    Path csv = work.resolve("orders.csv");
    Files.writeString(
        csv,
        "tracking_number,order_id,service,to_name,to_street1,to_city,to_state,to_zip\n" + rows);
    return csv;
  }

  /** What the terminal showed; {@code stdout} gets standard output. */
  private String onTerminal(Path stdout, String... args) throws Exception {
    StringBuilder shell = new StringBuilder("exec '");
    shell.append(Path.of(System.getProperty("java.home"), "bin", "java")).append("' -jar '");
    shell.append(JAR.toAbsolutePath()).append('\'');
    for (String a : args) {
      shell.append(" '").append(a).append('\'');
    }
    shell.append(" > '").append(stdout).append('\'');
    Path typescript = Files.createTempFile(work, "terminal", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder("script", "-qfec", shell.toString(), typescript.toString())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectErrorStream(true);
    pb.environment().remove(ProgressMode.OVERRIDE);
    pb.environment().putAll(Map.of("TERM", "xterm", "COLUMNS", "100", "STATION_PIN", "2468"));
    Process p = pb.start();
    assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("station exits").isTrue();
    String shown = Files.readString(typescript, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(shown).isZero();
    return shown;
  }

  @Test
  void importDrawsItsBarOnTheTerminalAndKeepsStandardOutputForTheSummary() throws Exception {
    Path csv = orders();
    Path barOut = work.resolve("bar.json");
    Path quietOut = work.resolve("quiet.json");
    String bar = onTerminal(barOut, "import", "shipments", "--data-dir", dir("a"), csv.toString());
    String quiet =
        onTerminal(
            quietOut, "import", "shipments", "--quiet", "--data-dir", dir("b"), csv.toString());

    assertThat(bar)
        .contains("\r")
        .contains("[=")
        .contains("rows/s")
        .contains(ROWS + "/" + ROWS + " rows")
        .contains("100%");
    assertThat(quiet).doesNotContain("rows/s").doesNotContain("[=");
    assertThat(Files.readString(barOut)).contains("\"inserted\" : " + ROWS).doesNotContain("\r");
    assertThat(Files.readAllBytes(barOut)).isEqualTo(Files.readAllBytes(quietOut));
  }

  @Test
  void exportDrawsItsBarOnTheTerminalAndTheFileIsWhatAQuietRunWrites() throws Exception {
    String data = dir("c");
    CliRun.accept(
        data, IntStream.rangeClosed(1, 200).mapToObj(ProgressOnTerminalIT::number).toList());
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<String> export =
        List.of(
            "export",
            "--format",
            "csv",
            "--from",
            today.minusDays(1).toString(),
            "--to",
            today.plusDays(1).toString(),
            "--data-dir",
            data);
    Path barOut = work.resolve("bar.csv");
    Path quietOut = work.resolve("quiet.csv");
    String bar = onTerminal(barOut, export.toArray(String[]::new));
    String quiet = onTerminal(quietOut, with(export, "--quiet"));

    assertThat(bar).contains("\r").contains("[=").contains("200/200 rows").contains("rows/s");
    assertThat(quiet).doesNotContain("rows/s").doesNotContain("[=");
    assertThat(Files.readAllLines(barOut)).hasSize(201);
    assertThat(Files.readString(barOut)).doesNotContain("\r").doesNotContain("rows/s");
    assertThat(Files.readAllBytes(barOut)).isEqualTo(Files.readAllBytes(quietOut));
  }

  @Test
  void verifyCountsTheLinksOfTheChainAgainstItsLengthOnTheTerminal() throws Exception {
    String data = dir("v");
    CliRun.accept(
        data, IntStream.rangeClosed(1, 1200).mapToObj(ProgressOnTerminalIT::number).toList());
    Path barOut = work.resolve("verify-bar.json");
    Path quietOut = work.resolve("verify-quiet.json");
    String bar = onTerminal(barOut, "verify", "--data-dir", data);
    String quiet = onTerminal(quietOut, "verify", "--quiet", "--data-dir", data);

    assertThat(bar).contains("\r").contains("[=").contains("1200/1200 links").contains("links/s");
    assertThat(quiet).doesNotContain("links/s").doesNotContain("[=");
    assertThat(Files.readString(barOut)).contains("INTACT").contains("1200");
    assertThat(Files.readAllBytes(barOut)).isEqualTo(Files.readAllBytes(quietOut));
  }

  @Test
  void withoutATerminalImportWritesPlainLinesAndWithQuietNone() throws Exception {
    Path csv = orders();
    CliRun plain = CliRun.run("import", "shipments", "--data-dir", dir("d"), csv.toString());
    CliRun quiet =
        CliRun.run("import", "shipments", "--quiet", "--data-dir", dir("e"), csv.toString());
    assertThat(plain.err())
        .contains("station: import 150/" + ROWS + " rows (10%)")
        .contains("station: import done: " + ROWS + " rows in ")
        .doesNotContain("\r");
    assertThat(quiet.err()).doesNotContain("station: import");
    assertThat(plain.out()).isEqualTo(quiet.out());
  }

  private String dir(String name) {
    return work.resolve(name).toString();
  }

  private static String[] with(List<String> args, String extra) {
    return Stream.concat(args.stream(), Stream.of(extra)).toArray(String[]::new);
  }
}
