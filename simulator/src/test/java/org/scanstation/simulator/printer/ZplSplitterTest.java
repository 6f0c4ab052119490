package org.scanstation.simulator.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZplSplitterTest {
  private static final String FORMAT = "^XA^FO50,50^A0N,30,30^FDHello~world^FS^XZ";

  private static List<String> describe(List<PrinterEvent> events) {
    List<String> out = new ArrayList<>();
    for (PrinterEvent e : events) {
      if (e instanceof PrinterEvent.FormatStarted) {
        out.add("start");
      } else if (e instanceof PrinterEvent.FormatCompleted f) {
        out.add("format " + new String(f.bytes(), StandardCharsets.ISO_8859_1));
      } else if (e instanceof PrinterEvent.Immediate c) {
        out.add("~" + c.command());
      }
    }
    return out;
  }

  private static List<String> feedAll(String input) {
    byte[] b = input.getBytes(StandardCharsets.ISO_8859_1);
    return describe(new ZplSplitter().feed(b, 0, b.length));
  }

  private static List<String> feedByteByByte(String input) {
    ZplSplitter s = new ZplSplitter();
    byte[] b = input.getBytes(StandardCharsets.ISO_8859_1);
    List<PrinterEvent> events = new ArrayList<>();
    for (int i = 0; i < b.length; i++) {
      events.addAll(s.feed(b, i, 1));
    }
    return describe(events);
  }

  @Test
  void findsFormatsAndImmediateCommandsInOrder() {
    String input = "\r\n" + FORMAT + "\r\n~HS" + FORMAT + "~HQES junk ~JA";
    List<String> expected =
        List.of("start", "format " + FORMAT, "~HS", "start", "format " + FORMAT, "~HQES", "~JA");
    assertThat(feedAll(input)).isEqualTo(expected);
    assertThat(feedByteByByte(input)).isEqualTo(expected);
  }

  @Test
  void aTildeInFieldDataIsData() {
    assertThat(feedAll(FORMAT)).containsExactly("start", "format " + FORMAT);
  }

  @Test
  void aQueryInsideAFormatIsAnsweredAndKept() {
    String f = "^XA^FO1,1~HS^FDx^FS^XZ";
    assertThat(feedAll(f)).containsExactly("start", "~HS", "format " + f);
  }

  @Test
  void commandsAreCaseInsensitive() {
    assertThat(feedAll("^xa^fdA^fs^xz~hs")).containsExactly("start", "format ^xa^fdA^fs^xz", "~HS");
  }

  @Test
  void remembersAPartialFormatAndCanDiscardIt() {
    ZplSplitter s = new ZplSplitter();
    byte[] b = "^XA^FDpart".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(describe(s.feed(b, 0, b.length))).containsExactly("start");
    assertThat(s.inJob()).isTrue();
    s.discardPartial();
    assertThat(s.inJob()).isFalse();
    byte[] rest = "^FS^XZ^XA^XZ".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(describe(s.feed(rest, 0, rest.length))).containsExactly("start", "format ^XA^XZ");
  }

  @Test
  void keepsHighBytesExactly() {
    String f = "^XA^FH^FD\u00e9\u00ff_1D^FS^XZ";
    assertThat(feedAll(f)).containsExactly("start", "format " + f);
  }
}
