package org.scanstation.station.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.scanstation.station.config.Setting;
import org.scanstation.station.domain.policy.MailerIdAllowList;
import org.scanstation.station.domain.tracking.ParseResult;
import org.scanstation.station.domain.tracking.RejectReason;
import org.scanstation.station.domain.tracking.Rejection;
import org.scanstation.station.domain.tracking.TrackingNumberParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** {@code station validate}: checks tracking numbers and prints one JSON object per input. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate USPS tracking numbers as the station would on a scan.",
      "With no NUMBER, reads standard input, one scan per line (a line may contain GS bytes).",
      "Prints one JSON object per input on standard output.",
      "Exit status: 0 all valid, 1 any invalid, 2 usage error."
    })
final class ValidateCommand implements Callable<Integer> {
  /** Lines longer than this are cut and refused: constant memory whatever arrives. */
  static final int MAX_LINE_BYTES = 16 * 1024;

  private final CliContext context;

  @Spec private CommandSpec spec;

  @Mixin private GlobalOptions global;

  @Option(
      names = "--mid-allow",
      paramLabel = "MID,MID...",
      description =
          "Accept only these Mailer IDs (default: config key policy.mailer-id-allow; empty = any).")
  private String midAllow;

  @Parameters(paramLabel = "NUMBER", arity = "0..*", description = "Tracking numbers to check.")
  private List<String> numbers = List.of();

  ValidateCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    MailerIdAllowList allowList = allowList();
    TrackingNumberParser parser = new TrackingNumberParser();
    ObjectWriter json = JsonMapper.shared().writerFor(ValidationLine.class);
    OutputStream out = new BufferedOutputStream(context.out(), 1 << 16);
    boolean allValid = true;
    if (!numbers.isEmpty()) {
      for (String n : numbers) {
        allValid &= write(json, out, n, allowList.apply(parser.parse(n)));
      }
    } else {
      BoundedLineReader reader = new BoundedLineReader(context.in(), MAX_LINE_BYTES);
      for (BoundedLineReader.Line line; (line = reader.next()) != null; ) {
        ParseResult r = line.truncated() ? tooLong() : allowList.apply(parser.parse(line.text()));
        allValid &= write(json, out, line.text(), r);
        if (!reader.hasBufferedInput()) {
          out.flush(); // someone is typing, or the input is done: show what we have
        }
      }
    }
    out.flush();
    return allValid ? 0 : 1;
  }

  private static boolean write(ObjectWriter json, OutputStream out, String input, ParseResult r)
      throws IOException {
    out.write(json.writeValueAsBytes(ValidationLine.of(input, r)));
    out.write('\n');
    return r.isValid();
  }

  private static Rejection tooLong() {
    return new Rejection(
        RejectReason.WRONG_LENGTH,
        "line is longer than " + MAX_LINE_BYTES + " bytes; a USPS barcode has at most 38 digits");
  }

  private MailerIdAllowList allowList() {
    String list = midAllow != null ? midAllow : global.config().get(Setting.MAILER_ID_ALLOW);
    try {
      return MailerIdAllowList.parse(list);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--mid-allow: " + e.getMessage());
    }
  }
}
