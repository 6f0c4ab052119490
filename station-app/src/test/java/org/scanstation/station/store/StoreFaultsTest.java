package org.scanstation.station.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which Derby errors mean the store cannot write, as Derby 10.16 reports them. */
class StoreFaultsTest {
  private static SQLException derby(String state, String message, Throwable cause) {
    return new SQLException(message, state, cause);
  }

  @Test
  void aPageThatCouldNotBeWrittenIsAFullDisk() {
    SQLException e = derby("XSDG1", "Page Page(2,Container(0, 1168)) could not be written", null);
    e.setNextException(
        derby("XJ001", "Java exception", new IOException("No space left on device")));
    assertThat(StoreFaults.explain(e))
        .hasValueSatisfying(w -> assertThat(w).contains("disk is full"));
  }

  @Test
  void aLogFlushFailureOrAShutDownDatabaseIsAFault() {
    assertThat(StoreFaults.explain(derby("XSLA0", "Cannot flush the log file", null)))
        .hasValueSatisfying(w -> assertThat(w).contains("log"));
    assertThat(StoreFaults.explain(derby("XJ040", "Failed to start database", null))).isPresent();
    assertThat(StoreFaults.explain(derby("08006", "Database shutdown", null))).isPresent();
    assertThat(StoreFaults.explain(derby("25502", "read-only connection", null)))
        .hasValueSatisfying(w -> assertThat(w).contains("read-only"));
  }

  @Test
  void aReadOnlyFileSystemIsNamed() {
    SQLException e = derby("XJ001", "Java exception", new IOException("Read-only file system"));
    assertThat(StoreFaults.explain(e))
        .hasValueSatisfying(w -> assertThat(w).contains("file system is read-only"));
  }

  @Test
  void oneStatementsErrorSaysNothingAboutTheStore() {
    assertThat(StoreFaults.explain(derby("23505", "duplicate key", null))).isEmpty();
    assertThat(StoreFaults.explain(derby("40XL1", "lock timeout", null))).isEmpty();
    assertThat(StoreFaults.explain(derby("42X05", "table does not exist", null))).isEmpty();
  }
}
