package org.scanstation.station.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.scanstation.device.usb.UdevRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code station udev-rule}: prints the udev rule that lets the station's group open one USB device
 * without root. Scoped to that vendor:product, mode 0660 plus a group; never 0666.
 */
@Command(
    name = "udev-rule",
    mixinStandardHelpOptions = true,
    description = {
      "Print a udev rule that lets a group use one USB device (scanner or printer) without root.",
      "The rule matches only that vendor:product and sets MODE 0660 and the group, never 0666.",
      "Exit status: 0, or 2 on a usage error."
    })
final class UdevRuleCommand implements Callable<Integer> {
  private static final Pattern HEX_ID = Pattern.compile("(0x)?\\p{XDigit}{4}");

  private final CliContext context;

  @Spec private CommandSpec spec;

  @Option(
      names = "--vid",
      required = true,
      paramLabel = "XXXX",
      description = "USB vendor id, 4 hex digits (see station devices).")
  private String vid;

  @Option(
      names = "--pid",
      required = true,
      paramLabel = "YYYY",
      description = "USB product id, 4 hex digits.")
  private String pid;

  @Option(
      names = "--group",
      paramLabel = "G",
      defaultValue = "plugdev",
      description = "Group that may use the device (default: ${DEFAULT-VALUE}).")
  private String group;

  UdevRuleCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    int vendor = hexId("--vid", vid);
    int product = hexId("--pid", pid);
    String rule;
    try {
      rule = UdevRule.forDevice(vendor, product, group);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--group: " + e.getMessage());
    }
    context.out().print(rule);
    context.out().flush();
    return 0;
  }

  private int hexId(String option, String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (!HEX_ID.matcher(v).matches()) {
      throw new ParameterException(
          spec.commandLine(), option + ": '" + value + "' is not 4 hex digits, e.g. 05e0");
    }
    return Integer.parseInt(v.startsWith("0x") ? v.substring(2) : v, 16);
  }
}
