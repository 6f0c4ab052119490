package org.scanstation.station.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.simulator.printer.PrinterFault;
import org.scanstation.simulator.printer.PrinterSettings;
import org.scanstation.simulator.printer.SimulatedPrinter;
import org.scanstation.station.api.ParcelView;
import org.scanstation.station.app.RunningStation;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.tracking.Mod10;

/**
 * Print jobs whose rows cannot be written (here: another transaction holds the print_job table, so
 * every write times out) against the simulated Zebra on TCP: a send that cannot be recorded is not
 * made, and a job that printed while its row could not be written is not printed again and is
 * recorded once the table can be written.
 */
class UnwritableRowsIT {
  private static final String N1 = Mod10.withCheckDigit("940011189922300000021");

  @TempDir Path dataDir;
  private final SimulatedPrinter sim =
      SimulatedPrinter.onTcp(
          InetAddress.getLoopbackAddress(),
          0,
          PrinterSettings.defaults().withPerLabel(Duration.ofMillis(1500)));
  private RunningStation station;

  @AfterEach
  void tearDown() {
    if (station != null) {
      station.close();
    }
    sim.close();
  }

  private void start() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("STATION_HTTP_PORT", "0");
    env.put("STATION_SYNC_ENABLED", "false");
    env.put("STATION_PRINTERS", "printer-1=tcp://127.0.0.1:" + sim.port());
    env.put("STATION_PRINTER_POLL_INTERVAL", "20ms");
    env.put("STATION_PRINTER_RETRY_MAX", "150ms");
    station = RunningStation.start(dataDir, StationConfig.load(null, env), env);
    try (Connection c = station.station().store().connection();
        CallableStatement call =
            c.prepareCall(
                "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '1')")) {
      call.execute();
    }
  }

  /** Holds the print_job table until closed: every other write to it times out. */
  private Connection lockPrintJobs() throws Exception {
    Connection c = station.station().store().connection();
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute("LOCK TABLE print_job IN EXCLUSIVE MODE");
    }
    return c;
  }

  private static void release(Connection c) throws Exception {
    c.rollback();
    c.close();
  }

  private ParcelView.PrintJobView job() {
    return station.station().show(N1).orElseThrow().printJobs().get(0);
  }

  @Test
  void aJobThatPrintedWhileItsRowCouldNotBeWrittenIsNotPrintedAgainAndIsRecordedLater()
      throws Exception {
    start();
    assertThat(station.station().accept(N1, "ana", "desk").result()).isEqualTo("ACCEPTED");
    await().atMost(Duration.ofSeconds(10)).until(() -> job().status().equals("SENDING"));
    Connection lock = lockPrintJobs();
    try {
      await().atMost(Duration.ofSeconds(10)).until(() -> sim.counters().formatsPrinted() == 1);
      // The PRINTED row cannot be written; sweeps come and go: the label must not go again.
      await()
          .during(Duration.ofSeconds(3))
          .atMost(Duration.ofSeconds(5))
          .until(() -> sim.counters().formatsReceived() == 1);
    } finally {
      release(lock);
    }
    await().atMost(Duration.ofSeconds(15)).until(() -> job().status().equals("PRINTED"));
    assertThat(sim.counters().formatsReceived()).isEqualTo(1);
    assertThat(job().attempts()).isEqualTo(1);
  }

  @Test
  void aJobWhoseSendingCannotBeRecordedIsNotSentUntilItCanBe() throws Exception {
    sim.setFault(PrinterFault.HEAD_OPEN, true);
    start();
    assertThat(station.station().accept(N1, "ana", "desk").result()).isEqualTo("ACCEPTED");
    await().atMost(Duration.ofSeconds(10)).until(() -> job().status().equals("HELD"));
    Connection lock = lockPrintJobs();
    try {
      sim.setFault(PrinterFault.HEAD_OPEN, false);
      await()
          .during(Duration.ofSeconds(3))
          .atMost(Duration.ofSeconds(5))
          .until(() -> sim.counters().formatsReceived() == 0);
    } finally {
      release(lock);
    }
    await().atMost(Duration.ofSeconds(15)).until(() -> job().status().equals("PRINTED"));
    assertThat(sim.counters().formatsReceived()).isEqualTo(1);
  }
}
