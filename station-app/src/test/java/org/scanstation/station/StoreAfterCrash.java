package org.scanstation.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import org.scanstation.station.api.ChainReport;
import org.scanstation.station.store.ChainVerifier;
import org.scanstation.station.store.StationStore;

/**
 * What a store must hold after a station was killed: every acceptance it acknowledged, once;
 * nothing half-written (a label, an outbox entry and a print job per acceptance); a chain that
 * verifies over all of them.
 */
final class StoreAfterCrash {
  private StoreAfterCrash() {}

  /** Checks {@code store} against the tracking numbers acknowledged; returns its acceptances. */
  static long check(StationStore store, Collection<String> acknowledged) {
    for (String n : acknowledged) {
      assertThat(
              count(store, "SELECT COUNT(*) FROM acceptance WHERE tracking_number = '" + n + "'"))
          .as("acknowledged %s", n)
          .isEqualTo(1);
    }
    long acceptances = count(store, "SELECT COUNT(*) FROM acceptance");
    assertThat(acceptances).isGreaterThanOrEqualTo(acknowledged.size());
    for (String table : new String[] {"label", "outbox"}) {
      assertThat(count(store, "SELECT COUNT(*) FROM " + table)).as(table).isEqualTo(acceptances);
    }
    assertThat(count(store, "SELECT COUNT(DISTINCT event_id) FROM print_job"))
        .isEqualTo(acceptances);
    ChainReport chain = new ChainVerifier(store).verify();
    assertThat(chain.intact()).as("%s", chain).isTrue();
    assertThat(chain.checked()).isEqualTo(acceptances);
    return acceptances;
  }

  private static long count(StationStore store, String sql) {
    return store.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql);
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }
}
