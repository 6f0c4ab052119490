package org.scanstation.fleet.cli;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.scanstation.fleet.WireHeaders;
import org.scanstation.fleet.dispatch.DeadLetter;
import org.scanstation.fleet.dispatch.DeadLetterStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fleet dead-letters list|replay}: what the dispatchers could not send, and its way back.
 */
@Command(
    name = "dead-letters",
    mixinStandardHelpOptions = true,
    description = "List the dead letters, or replay them to the outbox topic.",
    subcommands = {DeadLettersCommand.ListLetters.class, DeadLettersCommand.Replay.class})
final class DeadLettersCommand {

  /** {@code fleet dead-letters list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = {
        "One line per dead letter, oldest first: ID (the event id, or dead:P@O without one),"
            + " when, where it was read, the tracking number (key) and why.",
        "Exit status: 0 listed, 1 failed, 2 usage error."
      })
  static final class ListLetters implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Mixin private KafkaOptions kafka;

    @Override
    public Integer call() {
      var out = spec.commandLine().getOut();
      for (ConsumerRecord<String, byte[]> d :
          DeadLetterStore.readAll(kafka.bootstrapServers, kafka.topics(), kafka.properties)) {
        out.println(
            String.join(
                "\t",
                DeadLetter.idOf(d),
                text(WireHeaders.text(d.headers(), WireHeaders.DEAD_AT)),
                text(WireHeaders.text(d.headers(), WireHeaders.DEAD_SOURCE)),
                text(d.key()),
                text(WireHeaders.text(d.headers(), WireHeaders.DEAD_REASON))));
      }
      return 0;
    }
  }

  /** {@code fleet dead-letters replay}. */
  @Command(
      name = "replay",
      mixinStandardHelpOptions = true,
      description = {
        "Republish dead letters to the outbox topic with their original key and headers; the"
            + " dispatchers send them again once (an earlier answer does not make them skip it).",
        "Exit status: 0 replayed, 1 none matched or failed, 2 usage error."
      })
  static final class Replay implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Mixin private KafkaOptions kafka;

    @ArgGroup(multiplicity = "1")
    private Which which;

    static final class Which {
      @Option(names = "--id", paramLabel = "ID", description = "The one with this ID (see list).")
      String id;

      @Option(names = "--all", description = "All of them.")
      boolean all;
    }

    @Override
    public Integer call() {
      int n =
          DeadLetterStore.replay(
              kafka.bootstrapServers,
              kafka.topics(),
              kafka.properties,
              which.all ? null : which.id,
              Clock.systemUTC());
      spec.commandLine().getOut().println("fleet: replayed " + n + " to " + kafka.topic);
      return n > 0 ? 0 : 1;
    }
  }

  /** Text from the wire, for a terminal: control characters and tabs shown as '?'. */
  static String text(String s) {
    if (s == null) {
      return "-";
    }
    String t = new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    return t.replaceAll("[\\p{Cntrl}]", "?");
  }
}
