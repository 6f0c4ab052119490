package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class StationCliTest {

  @Test
  void everySubcommandHasHelp() {
    CommandLine cli = StationCli.commandLine(CliContext.system());
    assertThat(cli.getSubcommands()).containsKeys("validate", "accept", "import", "run", "outbox");
    int checked = checkHelp(cli, "");
    assertThat(checked).isGreaterThan(15);
  }

  /** Runs {@code --help} on every command below {@code cli}, nested ones too. */
  private static int checkHelp(CommandLine cli, String prefix) {
    int checked = 0;
    for (var e : cli.getSubcommands().entrySet()) {
      if (e.getKey().equals("help")) {
        continue;
      }
      String path = (prefix + " " + e.getKey()).strip();
      List<String> args = new ArrayList<>(List.of(path.split(" ")));
      args.add("--help");
      CliRun r = CliRun.run(args.toArray(String[]::new));
      assertThat(r.exit()).as("%s --help", path).isZero();
      assertThat(r.out()).as("%s --help", path).contains("Usage: station " + path);
      checked += 1 + checkHelp(e.getValue(), path);
    }
    return checked;
  }

  @Test
  void withoutACommandItIsAUsageError() {
    CliRun r = CliRun.run();
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Missing a command");
  }

  @Test
  void unknownCommandsAreUsageErrors() {
    CliRun r = CliRun.run(new byte[0], Map.of(), "frobnicate");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("frobnicate");
  }

  @Test
  void printsItsVersion() {
    CliRun r = CliRun.run("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("station ");
  }
}
