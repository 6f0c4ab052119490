package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.label.ExtraService;
import org.scanstation.label.LabelFormat;
import org.scanstation.label.MailService;
import org.scanstation.label.ShippingLabel;
import org.scanstation.station.api.ParcelView;
import org.scanstation.station.labels.StationLabels;
import org.scanstation.station.store.ParcelQueries;
import org.scanstation.station.store.StationStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Certified Mail from the import file to the stored label, through the CLI on a real store: good
 * rows are stored with their extra services, bad ones are named by file and line, and the accepted
 * parcel's stored label model carries the banner and marks.
 */
class CertifiedMailIT {
  private static final String CERTIFIED = "9407111899223197428537";
  private static final String RESTRICTED = "9405511899223197428506";
  private static final String HEADER =
      "tracking_number,order_id,service,to_name,to_street1,to_city,to_state,to_zip,"
          + "extra_services\n";

  @TempDir Path dataDir;
  @TempDir Path work;

  private CliRun cli(String stdin, String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data-dir";
    all[args.length + 1] = dataDir.toString();
    return CliRun.run(stdin.getBytes(StandardCharsets.UTF_8), Map.of("STATION_PIN", "2468"), all);
  }

  private Path orders() throws Exception {
    Path csv = work.resolve("orders.csv");
    Files.writeString(
        csv,
        HEADER
            + CERTIFIED
            + ",L-2,first-class-mail,Ada,1 Main St,New York,NY,10001,955;910\n"
            + RESTRICTED
            + ",L-3,priority-mail,Bob,2 Elm,Boston,MA,02110,"
            + "Certified-Restricted-Delivery; RETURN-RECEIPT-ELECTRONIC\n"
            + "9400111899223197428497,L-4,ground-advantage,Cy,3 Oak,Austin,TX,78701,910;registered\n"
            + "9470111899223197428519,L-5,priority-mail-express,Di,4 Ash,Reno,NV,89501,910\n"
            + "9400111899223197428541,L-6,ground-advantage,Ed,5 Fir,Provo,UT,84601,\n");
    return csv;
  }

  @Test
  void importedCertifiedMailReachesTheShipmentTheParcelViewAndTheStoredLabel() throws Exception {
    Path csv = orders();
    CliRun imported = cli("", "import", "shipments", csv.toString());
    assertThat(imported.exit()).as(imported.err()).isEqualTo(1);
    assertThat(imported.err())
        .contains(
            "station: orders.csv line 4: extra_services: 'registered' is not an extra service;"
                + " use codes or names separated by ';': 910 certified,")
        .contains(
            "station: orders.csv line 5: extra_services: Certified Mail (910) is not sold with"
                + " priority-mail-express");
    JsonNode summary = JsonMapper.shared().readTree(imported.out());
    assertThat(summary.get("inserted").asInt()).isEqualTo(3);
    assertThat(summary.get("rejected")).hasSize(2);

    CliRun accepted = cli(CERTIFIED + "\n", "accept", "--operator", "ana");
    assertThat(accepted.exit()).as(accepted.err()).isZero();

    CliRun show = cli("", "show", CERTIFIED);
    assertThat(show.exit()).as(show.err()).isZero();
    JsonNode extras = JsonMapper.shared().readTree(show.out()).get("shipment").get("extraServices");
    assertThat(extras.toString())
        .isEqualTo(
            "[{\"code\":\"910\",\"name\":\"certified\"},{\"code\":\"955\",\"name\":\"return-receipt\"}]");

    try (StationStore store = StationStore.open(dataDir)) {
      ParcelQueries parcels = new ParcelQueries(store);
      ParcelView view = parcels.show(CERTIFIED).orElseThrow();
      assertThat(parcels.show(RESTRICTED).orElseThrow().shipment().extraServiceCodes())
          .isEqualTo("911;957");
      assertThat(parcels.show("9400111899223197428541").orElseThrow().shipment().extraServices())
          .isEmpty();
      String model = parcels.labelModel(view.acceptance().eventId().toString()).orElseThrow();
      ShippingLabel label = JsonMapper.shared().readValue(model, ShippingLabel.class);
      assertThat(label.service()).isEqualTo(MailService.FIRST_CLASS_MAIL);
      assertThat(label.extraServices())
          .isEqualTo(List.of(ExtraService.CERTIFIED, ExtraService.RETURN_RECEIPT));
      assertThat(
              new String(
                  StationLabels.render(model, LabelFormat.ZPL, 203), StandardCharsets.US_ASCII))
          .contains("^FDUSPS CERTIFIED MAIL^FS", "^FDRETURN RECEIPT REQUESTED^FS");
    }

    CliRun again = cli("", "import", "shipments", csv.toString());
    JsonNode twice = JsonMapper.shared().readTree(again.out());
    assertThat(twice.get("unchanged").asInt()).as("the same file twice").isEqualTo(3);
    assertThat(twice.get("updated").asInt()).isZero();
  }
}
