package org.scanstation.station.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.StationException;
import org.scanstation.station.domain.acceptance.ExtraServiceCode;
import org.scanstation.station.domain.acceptance.HashChain;
import org.scanstation.station.domain.acceptance.PostalAddress;
import org.scanstation.station.domain.acceptance.Shipment;

/**
 * V7 on stores that already hold shipments: a store at V6 (every store before manifests) opens,
 * their rows have no extra services, and re-importing the same shipment changes nothing.
 */
class ShipmentExtraServicesMigrationIT {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
  private static final Shipment OLD =
      new Shipment(
          "9400111899223197428497",
          "A-1",
          "priority-mail",
          new PostalAddress("Ada", "1 Main St", null, "New York", "NY", "10001"),
          null,
          12);

  @TempDir Path dataDir;
  @TempDir Path migrations;

  @Test
  void aStoreAtV6OpensAndItsShipmentsHaveNoExtrasAndReimportUnchanged() throws Exception {
    migrate(Flyway.configure().locations("classpath:db/migration").target("6"));
    assertTheOldShipmentSurvives();
  }

  @Test
  void aStoredCodeThisVersionDoesNotKnowIsAnErrorNamingTheShipmentAndTheFix() throws Exception {
    migrate(Flyway.configure().locations("classpath:db/migration").target("6"));
    try (StationStore store = StationStore.open(dataDir)) {
      store.inTransaction(
          c -> {
            try (PreparedStatement ps =
                c.prepareStatement("UPDATE shipment SET extra_services = '910;999'")) {
              return ps.executeUpdate();
            }
          });
      assertThatThrownBy(() -> new ShipmentStore(store, CLOCK).find(OLD.trackingNumber()))
          .isInstanceOf(StationException.class)
          .hasMessageContaining(
              "shipment 9400111899223197428497 has extra-service code '999' that this version"
                  + " does not know; upgrade the station");
    }
  }

  private void assertTheOldShipmentSurvives() {
    try (StationStore store = StationStore.open(dataDir)) {
      ShipmentStore shipments = new ShipmentStore(store, CLOCK);
      Shipment read = shipments.find(OLD.trackingNumber()).orElseThrow();
      assertThat(read.extraServices()).isEmpty();
      assertThat(read).isEqualTo(OLD);
      assertThat(shipments.upsert(List.of(OLD), "t", "test"))
          .containsExactly(ShipmentStore.Change.UNCHANGED);

      Shipment certified =
          new Shipment(
              OLD.trackingNumber(),
              OLD.orderId(),
              OLD.service(),
              OLD.to(),
              null,
              12,
              List.of(new ExtraServiceCode("910", "certified")));
      assertThat(shipments.upsert(List.of(certified), "t", "test"))
          .containsExactly(ShipmentStore.Change.UPDATED);
      assertThat(shipments.find(OLD.trackingNumber()).orElseThrow().extraServiceCodes())
          .isEqualTo("910");
    }
  }

  /** A store as an older station left it, holding one shipment written without V7's column. */
  private void migrate(FluentConfiguration flyway) throws SQLException, IOException {
    Path store = dataDir.resolve(StationStore.STORE_DIR);
    EmbeddedDataSource ds = new EmbeddedDataSource();
    ds.setDatabaseName(store.toString());
    ds.setCreateDatabase("create");
    flyway.dataSource(ds).load().migrate();
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO shipment (tracking_number, order_id, service, to_name, to_street1,"
                    + " to_city, to_state, to_zip, weight_oz, content_hash, imported_at)"
                    + " VALUES (?, 'A-1', 'priority-mail', 'Ada', '1 Main St', 'New York', 'NY',"
                    + " '10001', 12, ?, 1)")) {
      ps.setString(1, OLD.trackingNumber());
      // The hash an older station stored: the record's text before extra services existed.
      ps.setString(
          2,
          HashChain.sha256(
              "Shipment[trackingNumber=9400111899223197428497, orderId=A-1,"
                  + " service=priority-mail, to=PostalAddress[name=Ada, street1=1 Main St,"
                  + " street2=null, city=New York, state=NY, zip=10001], from=null, weightOz=12]"));
      ps.executeUpdate();
    }
    shutDown(store);
  }

  private static void shutDown(Path store) {
    try {
      DriverManager.getConnection("jdbc:derby:" + store + ";shutdown=true").close();
    } catch (SQLException expected) {
      // Derby reports a clean database shutdown as SQLState 08006.
      assertThat(expected.getSQLState()).isEqualTo("08006");
    }
  }
}
