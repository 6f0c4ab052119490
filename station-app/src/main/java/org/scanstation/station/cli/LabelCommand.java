package org.scanstation.station.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scanstation.label.LabelException;
import org.scanstation.label.LabelFormat;
import org.scanstation.label.LabelRenderer;
import org.scanstation.label.MailService;
import org.scanstation.label.ShippingLabel;
import org.scanstation.station.StationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code station label}: renders one 4x6 label to a file, after checking the tracking number and
 * ZIP exactly as a scan is checked. Runs on the calling thread and blocks on the file write.
 */
@Command(
    name = "label",
    mixinStandardHelpOptions = true,
    description = {
      "Render one 4x6 USPS label as ZPL, PNG, PDF, TSPL or EPL2.",
      "The tracking number and ZIP are validated as the station validates a scan.",
      "Options win over the --shipment file's fields (the order import's field names).",
      "Exit status: 0 written, 1 cannot render or write, 2 usage error or invalid input."
    })
final class LabelCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @Option(names = "--tracking", paramLabel = "NUMBER", description = "Tracking number.")
  private String tracking;

  @Option(names = "--zip", paramLabel = "ZIP", description = "Routing ZIP: 12345 or 12345-6789.")
  private String zip;

  @Option(
      names = "--service",
      paramLabel = "SERVICE",
      converter = ServiceConverter.class,
      description = "priority-mail, priority-mail-express, ground-advantage or first-class-mail.")
  private MailService service;

  @Option(
      names = "--extra-services",
      paramLabel = "CODES",
      description =
          "Extra services, codes or names separated by ';': 910 certified, 911"
              + " certified-restricted-delivery, 912 certified-adult-signature, 913"
              + " certified-adult-signature-restricted-delivery, 955 return-receipt, 957"
              + " return-receipt-electronic. Certified Mail prints USPS CERTIFIED MAIL.")
  private String extraServices;

  @Option(
      names = "--from",
      paramLabel = "JSON",
      description = "Return address: a JSON object with name, street1, street2, city, state, zip.")
  private String fromJson;

  @Option(names = "--to", paramLabel = "JSON", description = "Delivery address, as --from.")
  private String toJson;

  @Option(
      names = "--shipment",
      paramLabel = "FILE.json",
      description =
          "A shipment: tracking_number, order_id, service, to_*, from_*, weight_oz,"
              + " extra_services.")
  private Path shipmentFile;

  @Option(names = "--ship-date", paramLabel = "YYYY-MM-DD", description = "Ship date to print.")
  private LocalDate shipDate;

  @Option(names = "--station-id", paramLabel = "ID", description = "Station id to print.")
  private String stationId;

  @Option(names = "--operator", paramLabel = "ID", description = "Operator id to print.")
  private String operator;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "zpl|png|pdf|tspl|epl",
      converter = FormatConverter.class,
      description = "What to write (tspl and epl: darkness 8, speed 3).")
  private LabelFormat format;

  @Option(
      names = "--dpi",
      paramLabel = "203|300",
      defaultValue = "203",
      description = "Printer resolution to lay the label out for (default: ${DEFAULT-VALUE}).")
  private int dpi;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "PATH",
      description = "File to write (replaced whole, never half-written); - for standard output.")
  private String out;

  LabelCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    if (!LabelRenderer.SUPPORTED_DPI.contains(dpi)) {
      throw usage("--dpi: " + dpi + " is not supported; use 203 or 300");
    }
    ShippingLabel label;
    try {
      LabelInput.Options options =
          new LabelInput.Options(
              tracking,
              zip,
              service,
              fromJson,
              toJson,
              shipDate,
              stationId,
              operator,
              extraServices);
      label = LabelInput.label(options, shipment());
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    byte[] bytes;
    try {
      bytes = LabelRenderer.of(format, dpi).render(label);
    } catch (LabelException e) {
      throw new StationException(
          "cannot render a label for " + label.trackingNumber() + ": " + e.getMessage(), e);
    }
    write(bytes);
    return 0;
  }

  private ShipmentJson shipment() {
    if (shipmentFile == null) {
      return ShipmentJson.NONE;
    }
    try {
      return ShipmentJson.read(shipmentFile);
    } catch (NoSuchFileException e) {
      throw usage("--shipment: no such file: " + shipmentFile.toAbsolutePath());
    } catch (IOException e) {
      throw new StationException("cannot read --shipment " + shipmentFile + ": " + e, e);
    }
  }

  private void write(byte[] bytes) {
    OutputFile.write(context, out, bytes, "the label");
    if (!out.equals("-")) {
      context
          .err()
          .printf(Locale.ROOT, "wrote %s (%s, %d dpi, %d bytes)%n", out, format, dpi, bytes.length);
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** Service ids as the label library names them, in any case. */
  static final class ServiceConverter implements ITypeConverter<MailService> {
    @Override
    public MailService convert(String value) {
      try {
        return LabelInput.service(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** zpl, png, pdf, tspl or epl, in any case. */
  static final class FormatConverter implements ITypeConverter<LabelFormat> {
    @Override
    public LabelFormat convert(String value) {
      try {
        return LabelInput.format(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
