package org.scanstation.simulator.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RasterJobSplitterTest {
  private static final RasterLabels.Bitmap IMPB = RasterLabels.impb();

  private static List<PrinterEvent> feed(JobSplitter s, String input) {
    byte[] b = input.getBytes(StandardCharsets.ISO_8859_1);
    return s.feed(b, 0, b.length);
  }

  private static List<PrinterEvent> byteByByte(JobSplitter s, String input) {
    byte[] b = input.getBytes(StandardCharsets.ISO_8859_1);
    List<PrinterEvent> events = new ArrayList<>();
    for (int i = 0; i < b.length; i++) {
      events.addAll(s.feed(b, i, 1));
    }
    return events;
  }

  private static List<String> describe(List<PrinterEvent> events) {
    List<String> out = new ArrayList<>();
    for (PrinterEvent e : events) {
      if (e instanceof PrinterEvent.FormatStarted) {
        out.add("start");
      } else if (e instanceof PrinterEvent.FormatCompleted f) {
        out.add("job " + f.contents().labels() + " " + f.contents().barcodes());
      } else if (e instanceof PrinterEvent.Immediate c) {
        out.add("now " + c.command());
      } else if (e instanceof PrinterEvent.Refused r) {
        out.add("refused " + r.line());
      }
    }
    return out;
  }

  private static Barcode impb() {
    return new Barcode("BC", true, RasterLabels.IMPB_DATA, "]C1" + RasterLabels.IMPB_DATA);
  }

  @ParameterizedTest
  @EnumSource(
      value = PrinterLanguage.class,
      names = {"TSPL", "EPL"})
  void aJobDecodesToItsTrackingNumberHoweverTheBytesArrive(PrinterLanguage lang) {
    String job = RasterLabels.job(lang, IMPB);
    String expected = "job 1 " + List.of(impb());
    assertThat(describe(feed(lang.newSplitter(), job))).containsExactly("start", expected);
    assertThat(describe(byteByByte(lang.newSplitter(), job))).containsExactly("start", expected);
  }

  @Test
  void keepsTheAcceptedLinesAndThePayloadAsTheJobsBytes() {
    List<PrinterEvent> events = feed(PrinterLanguage.TSPL.newSplitter(), RasterLabels.tspl(IMPB));
    byte[] bytes = ((PrinterEvent.FormatCompleted) events.get(1)).bytes();
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    assertThat(text).startsWith("SIZE 4,6\r\n").endsWith("PRINT 1,1\r\n").contains(IMPB.text());
  }

  @Test
  void printCountsSetsTimesCopies() {
    String job = "CLS\r\nPRINT 2,3\r\n";
    assertThat(describe(feed(PrinterLanguage.TSPL.newSplitter(), job)))
        .containsExactly("start", "job 6 []");
    assertThat(describe(feed(PrinterLanguage.EPL.newSplitter(), "N\nP2,2\n")))
        .containsExactly("start", "job 4 []");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "TEXT 10,10,\"3\",0,1,1,\"hello\"",
        "SIZE four,six",
        "DENSITY",
        "CLS now",
        "PRINT 0",
        "BITMAP 1,2,3",
        "^XA^FO50,50^BCN,100^FDX^FS^XZ",
        "~HS",
        "^ee"
      })
  void refusesWhatTsplDoesNotSayWithTheLine(String line) {
    assertThat(describe(feed(PrinterLanguage.TSPL.newSplitter(), line + "\r\n")))
        .containsExactly("refused " + line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"n", "Q", "q812x", "P", "P0", "GW1,2", "SIZE 4,6", "~HS", "^XA^XZ"})
  void refusesWhatEplDoesNotSayWithTheLine(String line) {
    assertThat(describe(feed(PrinterLanguage.EPL.newSplitter(), line + "\n")))
        .containsExactly("refused " + line);
  }

  @Test
  void aRefusedLineInsideAJobDoesNotStopIt() {
    String job = "CLS\r\nBOX 0,0,10,10,2\r\nPRINT 1\r\n";
    assertThat(describe(feed(PrinterLanguage.TSPL.newSplitter(), job)))
        .containsExactly("start", "refused BOX 0,0,10,10,2", "job 1 []");
  }

  @Test
  void aTruncatedBitmapIsRefusedAndItsJobAbandoned() {
    JobSplitter s = PrinterLanguage.TSPL.newSplitter();
    String job = RasterLabels.tspl(IMPB);
    String cut = job.substring(0, job.indexOf("PRINT") - 100);
    assertThat(describe(feed(s, cut))).containsExactly("start");
    assertThat(s.inJob()).isTrue();
    long got = IMPB.data().length - 100 + 2; // the bitmap's CR LF was cut too
    assertThat(describe(s.end()))
        .singleElement()
        .asString()
        .startsWith("refused BITMAP 40,60," + IMPB.widthBytes() + "," + IMPB.height() + ",0,")
        .endsWith("(truncated: " + got + " of " + IMPB.data().length + " bitmap bytes arrived)");
  }

  @Test
  void aLineCutByTheEndOfTheStreamIsRefusedNotRun() {
    JobSplitter s = PrinterLanguage.TSPL.newSplitter();
    assertThat(describe(feed(s, "CLS\r\nPRINT 1,1"))).containsExactly("start");
    assertThat(describe(s.end()))
        .containsExactly("refused PRINT 1,1 (no line end before the connection closed)");
  }

  @Test
  void statusQueriesInsideABitmapAreData() {
    byte[] data = {0x1B, '!', '?', '\n', 0x1B, '!', 'S', '^'};
    RasterLabels.Bitmap b = new RasterLabels.Bitmap(2, 4, data);
    assertThat(describe(feed(PrinterLanguage.TSPL.newSplitter(), RasterLabels.tspl(b))))
        .containsExactly("start", "job 1 []");
  }

  @Test
  void tsplAnswersItsQueriesAnywhereAndRefusesOtherEscapes() {
    String in = "CL\u001B!?S\r\n\u001B!S\u001B!R";
    assertThat(describe(byteByByte(PrinterLanguage.TSPL.newSplitter(), in)))
        .containsExactly("now ESC!?", "start", "now ESC!S", "refused \u001B!R");
  }

  @Test
  void eplAnswersCaretEeAtALineStartAndRefusesTsplQueries() {
    String in = "^ee\r\n\u001B!?^ee\n";
    assertThat(describe(byteByByte(PrinterLanguage.EPL.newSplitter(), in)))
        .containsExactly("now ^ee", "refused \u001B!?", "now ^ee");
  }

  @Test
  void aBitmapBeyondThePageIsRefusedAndItsPayloadSkipped() {
    String big = "BITMAP 3000,0,100,1,0," + "\0".repeat(100) + "\r\n";
    String in = "CLS\r\n" + big + RasterLabels.tsplBitmap(IMPB) + "PRINT 1\r\n";
    assertThat(describe(feed(PrinterLanguage.TSPL.newSplitter(), in)))
        .containsExactly(
            "start",
            "refused BITMAP 3000,0,100,1,0, (beyond the 3200-dot page the simulator draws)",
            "job 1 " + List.of(impb()));
  }

  @Test
  void aHeaderClaimingMoreThanAJobMayHoldIsRefusedAndReadingResumesAtTheNextLine() {
    String in = "BITMAP 0,0,99999,99999,0,\0\0\r\nCLS\r\nPRINT 1\r\n";
    assertThat(describe(feed(PrinterLanguage.TSPL.newSplitter(), in)))
        .containsExactly("refused BITMAP 0,0,99999,99999,0,\0\0", "start", "job 1 []");
  }

  @Test
  void aWholeLabelAt300DpiReadsToItsNumber() {
    RasterLabels.Bitmap page = RasterLabels.page(1200, 1800, IMPB);
    assertThat(page.widthBytes()).isEqualTo(150);
    String job = "SIZE 4,6\r\nCLS\r\nBITMAP 0,0,150,1800,0," + page.text() + "\r\nPRINT 1,1\r\n";
    assertThat(describe(feed(PrinterLanguage.TSPL.newSplitter(), job)))
        .containsExactly("start", "job 1 " + List.of(impb()));
  }

  @Test
  void aWholeLabelAt203DpiPadsItsRowsAndReadsToItsNumber() {
    RasterLabels.Bitmap page = RasterLabels.page(812, 1218, IMPB);
    assertThat(page.widthBytes()).as("812 dots are 102 bytes, padded").isEqualTo(102);
    String job = "N\nGW0,0,102,1218," + page.text() + "\nP1\n";
    assertThat(describe(feed(PrinterLanguage.EPL.newSplitter(), job)))
        .containsExactly("start", "job 1 " + List.of(impb()));
  }

  @Test
  void anOverlongLineIsRefusedCut() {
    String line = "X".repeat(RasterJobSplitter.MAX_LINE + 10);
    List<String> events = describe(feed(PrinterLanguage.TSPL.newSplitter(), line + "\n"));
    assertThat(events)
        .containsExactly(
            "refused " + "X".repeat(RasterJobSplitter.MAX_LINE) + " (longer than 4096 characters)");
  }

  @Test
  void aDroppedJobIsForgottenAndTheStreamStaysInStep() {
    JobSplitter s = PrinterLanguage.TSPL.newSplitter();
    String job = RasterLabels.tspl(IMPB);
    int mid = job.indexOf("BITMAP") + 40;
    feed(s, job.substring(0, mid));
    s.discardPartial();
    assertThat(s.inJob()).isFalse();
    // The rest of the payload is skipped, not read as lines; PRINT prints the cleared image.
    assertThat(describe(feed(s, job.substring(mid)))).containsExactly("start", "job 1 []");
  }

  @Test
  void theImageStaysForTheNextPrintUntilCleared() {
    JobSplitter s = PrinterLanguage.EPL.newSplitter();
    feed(s, RasterLabels.epl(IMPB));
    assertThat(describe(feed(s, "P1\n"))).containsExactly("start", "job 1 " + List.of(impb()));
    assertThat(describe(feed(s, "N\nP1\n"))).containsExactly("start", "job 1 []");
  }
}
