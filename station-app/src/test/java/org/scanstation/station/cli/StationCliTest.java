package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class StationCliTest {

  @Test
  void everySubcommandHasHelp() {
    CommandLine cli = StationCli.commandLine(CliContext.system());
    assertThat(cli.getSubcommands()).containsKey("validate");
    for (String name : cli.getSubcommands().keySet()) {
      if (name.equals("help")) {
        continue;
      }
      CliRun r = CliRun.run(name, "--help");
      assertThat(r.exit()).as("%s --help", name).isZero();
      assertThat(r.out()).as("%s --help", name).contains("Usage: station " + name);
    }
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
