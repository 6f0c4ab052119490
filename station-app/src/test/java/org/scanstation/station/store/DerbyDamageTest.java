package org.scanstation.station.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which Derby errors are a damaged file, and what a one-line report of them says. */
class DerbyDamageTest {
  private static SQLException sql(String state, String message, Throwable cause) {
    return new SQLException(message, state, cause);
  }

  @Test
  void aPageThatCannotBeReadNamesItsContainerFileAndTheRootCause() {
    SQLException e =
        sql(
            "XSDG0",
            "Page Page(24,Container(0, 1168)) could not be read from disk.",
            new EOFException("Reached end of file while attempting to read a whole page."));
    DerbyDamage d = DerbyDamage.in(e).orElseThrow();
    assertThat(d.conglomerate()).isEqualTo(1168L);
    assertThat(d.file()).isEqualTo("seg0/c490.dat");
    assertThat(d.where()).isEqualTo("file seg0/c490.dat");
    assertThat(d.summary())
        .isEqualTo(
            "XSDG0 Page Page(24,Container(0, 1168)) could not be read from disk."
                + " (EOFException: Reached end of file while attempting to read a whole page.)");
  }

  @Test
  void aBadChecksumIsSummarisedWithoutItsPageDump() {
    SQLException e =
        sql(
            "XSDG2",
            "Invalid checksum on Page Page(84,Container(0, 1168)), expected=1, on-disk version=2,"
                + " page dump follows: Hex dump:\n00000000: 0075 0000",
            null);
    assertThat(DerbyDamage.in(e).orElseThrow().summary())
        .isEqualTo(
            "XSDG2 Invalid checksum on Page Page(84,Container(0, 1168)), expected=1,"
                + " on-disk version=2");
  }

  @Test
  void aFailedBootIsDamageOnlyWhenWhatFailedBeneathItIs() {
    SQLException log = sql("XSLAN", "Database at /x/store has an incompatible format", null);
    SQLException boot = sql("XJ040", "Failed to start database '/x/store', see the next", null);
    boot.setNextException(log);
    DerbyDamage d = DerbyDamage.in(boot).orElseThrow();
    assertThat(d.summary()).startsWith("XSLAN");
    assertThat(d.where()).isEqualTo("the transaction log, log/");

    SQLException elsewhere = sql("XJ040", "Failed to start database", null);
    elsewhere.setNextException(sql("XSDB6", "Another instance of Derby may have booted", null));
    assertThat(DerbyDamage.in(elsewhere)).isEmpty();
    assertThat(DerbyDamage.in(sql("42X05", "Table 'NOPE' does not exist.", null))).isEmpty();
  }

  @Test
  void aFullOrReadOnlyDiskIsNotDamage() {
    SQLException e =
        sql(
            "XSDG1",
            "Page Page(3,Container(0, 1168)) could not be written to disk",
            new java.io.IOException("No space left on device"));
    assertThat(DerbyDamage.in(e)).isEmpty();
  }

  @Test
  void aJavaRuntimeErrorThrownInsideDerbyIsDamage() {
    NullPointerException npe = new NullPointerException();
    npe.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement("org.apache.derby.impl.store.raw.data.StoredPage", "f", null, 1)
        });
    SQLException e = sql("XJ001", "Java exception: ': java.lang.NullPointerException'.", npe);
    DerbyDamage d = DerbyDamage.in(e).orElseThrow();
    assertThat(d.summary()).contains("NullPointerException");
    assertThat(d.where()).isEqualTo("the store's files");
  }
}
