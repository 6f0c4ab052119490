package org.scanstation.station.cli;

import java.util.concurrent.Callable;
import org.scanstation.station.api.OutboxEntry;
import org.scanstation.station.api.StationOperations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code station outbox}: what still has to reach the tracking backend. */
@Command(
    name = "outbox",
    mixinStandardHelpOptions = true,
    description = "Inspect and retry the outbox (events waiting for the tracking backend).",
    subcommands = {
      OutboxCommand.Stats.class,
      OutboxCommand.ListEntries.class,
      OutboxCommand.Retry.class,
      OutboxCommand.RetryAll.class
    })
final class OutboxCommand {

  @Command(
      name = "stats",
      mixinStandardHelpOptions = true,
      description = "Backlog: pending, quarantined, delivered, age of the oldest pending entry.")
  static final class Stats implements Callable<Integer> {
    private final CliContext context;
    @Mixin private GlobalOptions global;

    Stats(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      try (StationOperations ops = Access.open(global, context)) {
        Json.document(context.out(), ops.outboxStats());
        return 0;
      }
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Entries, oldest first, one JSON object per line.")
  static final class ListEntries implements Callable<Integer> {
    private final CliContext context;
    @Mixin private GlobalOptions global;

    @Option(
        names = "--status",
        paramLabel = "STATUS",
        description = "pending, delivered or quarantined (default: all).")
    private String status;

    @Option(
        names = "--limit",
        defaultValue = "1000",
        description = "At most this many (default: ${DEFAULT-VALUE}).")
    private int limit;

    ListEntries(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      try (StationOperations ops = Access.open(global, context)) {
        for (OutboxEntry e : ops.outboxList(status, limit)) {
          Json.line(context.out(), e);
        }
        return 0;
      }
    }
  }

  @Command(
      name = "retry",
      mixinStandardHelpOptions = true,
      description = "Make one entry (e.g. a quarantined one, after fixing its data) due now.")
  static final class Retry implements Callable<Integer> {
    private final CliContext context;
    @Mixin private GlobalOptions global;

    @Parameters(paramLabel = "EVENT_ID", description = "The entry's event id.")
    private String eventId;

    @Option(names = "--operator", defaultValue = "cli", description = "Who, for the audit log.")
    private String operator;

    Retry(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      try (StationOperations ops = Access.open(global, context)) {
        boolean done = ops.outboxRetry(eventId, operator);
        context
            .err()
            .println(
                done ? "station: due now" : "station: no waiting entry " + Printable.of(eventId));
        return done ? 0 : 1;
      }
    }
  }

  @Command(
      name = "retry-all",
      mixinStandardHelpOptions = true,
      description = "Make every waiting or quarantined entry due now.")
  static final class RetryAll implements Callable<Integer> {
    private final CliContext context;
    @Mixin private GlobalOptions global;

    @Option(names = "--operator", defaultValue = "cli", description = "Who, for the audit log.")
    private String operator;

    RetryAll(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      try (StationOperations ops = Access.open(global, context)) {
        context.out().println(ops.outboxRetryAll(operator));
        return 0;
      }
    }
  }
}
