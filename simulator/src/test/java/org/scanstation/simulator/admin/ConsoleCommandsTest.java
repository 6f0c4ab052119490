package org.scanstation.simulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleCommandsTest {
  private final FakeControl control = new FakeControl();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ConsoleCommands console =
      new ConsoleCommands(control, new PrintStream(out, true, StandardCharsets.UTF_8));

  private boolean run(String input) {
    return console.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void switchesFaultsAndStopsOnQuit() {
    assertThat(run("fault jam\nset jam off\nclear jam\nclear\n\nquit\nfault jam\n")).isTrue();
    assertThat(control.calls)
        .containsExactly("set jam null", "set jam off", "clear jam", "clearAll");
    assertThat(out()).contains("ok: {\"calls\":");
  }

  @Test
  void endOfInputIsNotAQuit() {
    assertThat(run("status\nreceived\n")).isFalse();
    assertThat(out()).contains("{\"calls\":[]}").contains("[\"r1\"]");
  }

  @Test
  void explainsMistakes() {
    run("fault\nfault bogus\nfrobnicate\nhelp\n");
    assertThat(out())
        .contains("error: fault needs a NAME")
        .contains("error: unknown fault 'bogus'")
        .contains("unknown command 'frobnicate'")
        .contains("fake faults:")
        .contains("  jam [on|off]");
  }
}
