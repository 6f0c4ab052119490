package org.scanstation.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FramerTest {
  private static final String SCAN = "9400111899223197428497";
  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

  /** What a framer produced: frames with their arrival nanos, and problems. */
  private static final class Sink implements ScanSink {
    final List<String> frames = new ArrayList<>();
    final List<Long> nanos = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    @Override
    public void frame(byte[] data, Arrival arrival, String symbology) {
      frames.add(new String(data, StandardCharsets.ISO_8859_1));
      nanos.add(arrival.nanos());
    }

    @Override
    public void problem(ScannerError.Kind kind, String message) {
      problems.add(kind + ": " + message);
    }
  }

  private final Sink sink = new Sink();

  private static Arrival at(long nanos) {
    return new Arrival(nanos, T0.plusNanos(nanos));
  }

  private static void feed(Framer f, String s, long nanos, Sink sink) {
    byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
    f.feed(b, 0, b.length, at(nanos), sink);
  }

  private static Framer framer(Terminator t) {
    return new Framer(Framing.DEFAULT.withTerminator(t));
  }

  @Test
  void cutsAtEachTerminatorKind() {
    feed(framer(Terminator.CR), SCAN + "\r", 1, sink);
    feed(framer(Terminator.LF), SCAN + "\n", 2, sink);
    feed(framer(Terminator.CRLF), SCAN + "\r\n", 3, sink);
    assertThat(sink.frames).containsExactly(SCAN, SCAN, SCAN);
    assertThat(sink.problems).isEmpty();
  }

  @Test
  void joinsFragmentsFedOneByteAtATimeAndStampsTheTerminatorsArrival() {
    Framer f = framer(Terminator.CRLF);
    String wire = SCAN + "\r\n";
    for (int i = 0; i < wire.length(); i++) {
      feed(f, wire.substring(i, i + 1), 100 + i, sink);
    }
    assertThat(sink.frames).containsExactly(SCAN);
    assertThat(sink.nanos).containsExactly(100L + wire.length() - 1);
  }

  @Test
  void cutsBurstsOfBackToBackScansInOneRead() {
    Framer f = framer(Terminator.CR);
    StringBuilder burst = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      burst.append(SCAN, 0, 20).append(String.format("%02d", i)).append('\r');
    }
    feed(f, burst + "94001", 7, sink);
    assertThat(sink.frames).hasSize(100).allMatch(s -> s.length() == 22);
    assertThat(sink.frames.get(99)).endsWith("99");
    assertThat(f.pendingBytes()).isEqualTo(5);
    feed(f, "\r", 8, sink);
    assertThat(sink.frames).hasSize(101).last().isEqualTo("94001");
  }

  @Test
  void passesGsAndOtherControlBytesThroughUntouched() {
    String gs1 = "]C1420100019\u001D" + SCAN + "\u0000\u0004";
    feed(framer(Terminator.CR), gs1 + "\r", 1, sink);
    assertThat(sink.frames).containsExactly(gs1);
  }

  @Test
  void aLoneCrIsDataWhenTheSuffixIsCrlf() {
    feed(framer(Terminator.CRLF), "AB\rCD\r\r\n", 1, sink);
    assertThat(sink.frames).containsExactly("AB\rCD\r");
  }

  @Test
  void dropsEmptyFrames() {
    feed(framer(Terminator.CR), "\r\r" + SCAN + "\r\r", 1, sink);
    assertThat(sink.frames).containsExactly(SCAN);
  }

  @Test
  void discardsAnOverLongFrameUpToTheNextTerminatorReportsItOnceAndResynchronises() {
    Framer f = new Framer(new Framing(Terminator.CR, Duration.ofMillis(50), "", "", 30));
    feed(f, "x".repeat(25), 1, sink);
    feed(f, "y".repeat(25), 2, sink);
    feed(f, "z".repeat(950), 3, sink);
    assertThat(sink.problems).isEmpty();
    feed(f, "\r" + SCAN + "\r", 4, sink);
    assertThat(sink.frames).containsExactly(SCAN);
    assertThat(sink.problems)
        .singleElement()
        .asString()
        .startsWith("FRAME_TOO_LONG: discarded 1000 bytes: no CR terminator within 30 bytes");
  }

  @Test
  void keepsAFrameOfExactlyTheMaximum() {
    Framer f = new Framer(new Framing(Terminator.CR, Duration.ofMillis(50), "", "", 22));
    feed(f, SCAN + "\r", 1, sink);
    feed(f, SCAN + "1\r", 2, sink);
    assertThat(sink.frames).containsExactly(SCAN);
    assertThat(sink.problems).singleElement().asString().contains("discarded 23 bytes");
  }

  @Test
  void withoutASuffixAScanEndsAfterTheGapAndIsStampedWithItsLastByte() {
    long ms = 1_000_000;
    Framer f = new Framer(Framing.DEFAULT.withTerminator(Terminator.NONE));
    feed(f, SCAN.substring(0, 10), 0, sink);
    f.idle(30 * ms, sink);
    feed(f, SCAN.substring(10), 40 * ms, sink);
    f.idle(89 * ms, sink);
    assertThat(sink.frames).isEmpty();
    f.idle(90 * ms, sink);
    assertThat(sink.frames).containsExactly(SCAN);
    assertThat(sink.nanos).containsExactly(40 * ms);
  }

  @Test
  void withoutASuffixAGapBetweenReadsEndsTheScanEvenWithoutAnIdleCall() {
    long ms = 1_000_000;
    Framer f = new Framer(Framing.DEFAULT.withTerminator(Terminator.NONE));
    feed(f, "AAA", 0, sink);
    feed(f, "BBB", 200 * ms, sink);
    f.flush(sink);
    assertThat(sink.frames).containsExactly("AAA", "BBB");
  }

  @Test
  void withoutASuffixAnOverLongRunIsDiscardedUntilTheNextGap() {
    long ms = 1_000_000;
    Framer f = new Framer(new Framing(Terminator.NONE, Duration.ofMillis(50), "", "", 10));
    feed(f, "x".repeat(25), 0, sink);
    f.idle(60 * ms, sink);
    feed(f, "OK", 100 * ms, sink);
    f.idle(200 * ms, sink);
    assertThat(sink.frames).containsExactly("OK");
    assertThat(sink.problems)
        .singleElement()
        .asString()
        .contains("discarded 25 bytes: no pause of 50 ms within 10 bytes");
  }

  @Test
  void stripsAConfiguredPrefixAndSuffixOnlyWhenPresent() {
    Framer f =
        new Framer(new Framing(Terminator.CR, Duration.ofMillis(50), "\u0002", "\u0003", 512));
    feed(f, "\u0002" + SCAN + "\u0003\r" + SCAN + "\r\u0002\u0003\r", 1, sink);
    assertThat(sink.frames).containsExactly(SCAN, SCAN);
  }

  @Test
  void junkBytesBecomeAFrameOfTheirOwnAndTheNextScanIsIntact() {
    Framer f = framer(Terminator.CR);
    byte[] junk = {(byte) 0xFF, 0x00, (byte) 0x80, 0x1D, '\n'};
    f.feed(junk, 0, junk.length, at(1), sink);
    feed(f, "\r" + SCAN + "\r", 2, sink);
    assertThat(sink.frames).hasSize(2);
    assertThat(sink.frames.get(0).getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(junk);
    assertThat(sink.frames.get(1)).isEqualTo(SCAN);
  }

  @Test
  void afterAJoinMidScanTheBytesBeforeTheFirstTerminatorAreReportedNotDelivered() {
    Framer f = framer(Terminator.CR);
    f.startsMidScan("the connection was cut");
    feed(f, SCAN.substring(12) + "\r" + SCAN + "\r", 1, sink);
    feed(f, SCAN.substring(0, 5) + "\r", 2, sink);
    assertThat(sink.frames).containsExactly(SCAN, SCAN.substring(0, 5));
    assertThat(sink.problems)
        .containsExactly(
            "PARTIAL_FRAME: dropped 10 bytes before the first terminator: they may be the rest of"
                + " a scan whose start was lost (the connection was cut) — scan that parcel again");
  }

  @Test
  void aJoinThatBeginsWithTheTerminatorLosesNothing() {
    Framer f = framer(Terminator.CR);
    f.startsMidScan("cut");
    feed(f, "\r" + SCAN + "\r", 1, sink);
    assertThat(sink.frames).containsExactly(SCAN);
    assertThat(sink.problems).isEmpty();
  }

  @Test
  void aJoinBetweenCrAndLfTakesTheLfAsTheEndOfTheCutScan() {
    Framer f = framer(Terminator.CRLF);
    f.startsMidScan("cut");
    feed(f, "\n" + SCAN + "\r\n", 1, sink);
    assertThat(sink.frames).containsExactly(SCAN);
    assertThat(sink.problems).isEmpty();
  }

  @Test
  void withoutASuffixAJoinDropsTheFirstRunUpToTheGap() {
    long ms = 1_000_000;
    Framer f = new Framer(Framing.DEFAULT.withTerminator(Terminator.NONE));
    f.startsMidScan("cut");
    feed(f, "7428497", 0, sink);
    f.idle(60 * ms, sink);
    feed(f, SCAN, 100 * ms, sink);
    f.idle(200 * ms, sink);
    assertThat(sink.frames).containsExactly(SCAN);
    assertThat(sink.problems).singleElement().asString().startsWith("PARTIAL_FRAME: dropped 7");
  }
}
