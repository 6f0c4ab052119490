package org.scanstation.simulator.printer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits a TSPL or EPL2 byte stream into jobs: command lines ended by LF (a CR before it is
 * dropped), where a bitmap command's header is followed by exactly widthBytes*height raw bytes. A
 * job starts with its first accepted command and ends with a print command. Lines the dialect does
 * not understand are refused with the line; a job goes on past them, as a printer skips them. A
 * bitmap that does not fit the page or the job's budget is refused and its payload skipped, so the
 * stream stays in step; one whose header is malformed or claims more than a job may hold is refused
 * with the rest of its line and reading resumes at the next LF. Immediate status queries are acted
 * on where the dialect allows.
 *
 * <p>Not thread-safe: one per connection.
 */
final class RasterJobSplitter implements JobSplitter {
  /** Longest line kept; the rest of a longer line is dropped and the line refused. */
  static final int MAX_LINE = 4096;

  /** Most bitmap bytes one job may hold (a 4x6 label at 300 dpi needs about 270 KB). */
  static final long MAX_JOB_PAYLOAD = 4L << 20;

  private static final char ESC = '\u001B';

  private final RasterDialect dialect;
  private final StringBuilder line = new StringBuilder();
  private final ByteArrayOutputStream job = new ByteArrayOutputStream();
  private final Raster raster = new Raster();
  private boolean lineTooLong;
  private boolean badHeader; // the rest of this line is not read as commands
  private boolean inJob;
  private long jobPayload;
  private BitmapHeader header;
  private String headerText;
  private byte[] payload; // null while skipping a refused payload
  private int payloadAt;
  private long payloadLeft;

  RasterJobSplitter(RasterDialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public List<PrinterEvent> feed(byte[] bytes, int offset, int length) {
    List<PrinterEvent> events = new ArrayList<>();
    int i = offset;
    int end = offset + length;
    while (i < end) {
      if (payloadLeft > 0) {
        i += payload(bytes, i, end - i);
      } else {
        text((char) (bytes[i] & 0xFF), events);
        i++;
      }
    }
    return events;
  }

  @Override
  public boolean inJob() {
    return inJob;
  }

  @Override
  public void discardPartial() {
    job.reset();
    raster.clear();
    inJob = false;
    jobPayload = 0;
    payload = null; // a payload under way is skipped to its end, so the stream stays in step
    line.setLength(0);
    lineTooLong = false;
    badHeader = false;
  }

  @Override
  public List<PrinterEvent> end() {
    List<PrinterEvent> events = new ArrayList<>();
    if (payloadLeft > 0 && payload != null) {
      String why = " (truncated: %d of %d bitmap bytes arrived)";
      events.add(
          new PrinterEvent.Refused(
              headerText + String.format(Locale.ROOT, why, payloadAt, header.size())));
    } else if (!line.isEmpty()) {
      events.add(new PrinterEvent.Refused(line + " (no line end before the connection closed)"));
    }
    discardPartial();
    payloadLeft = 0;
    return events;
  }

  private int payload(byte[] b, int at, int available) {
    int n = (int) Math.min(payloadLeft, available);
    if (payload != null) {
      System.arraycopy(b, at, payload, payloadAt, n);
      job.write(b, at, n);
      payloadAt += n;
    }
    payloadLeft -= n;
    if (payloadLeft == 0 && payload != null) {
      raster.place(header, payload);
      payload = null;
    }
    return n;
  }

  private void text(char c, List<PrinterEvent> events) {
    if (c == '\n') {
      endLine(events);
    } else if (line.length() >= MAX_LINE) {
      lineTooLong = true;
    } else {
      line.append(c);
      if (!badHeader && !immediate(events) && c == ',' && dialect.headerComplete(line.toString())) {
        bitmap(events);
      }
    }
  }

  /** Acts on an immediate query the line now ends with; true when it took the bytes. */
  private boolean immediate(List<PrinterEvent> events) {
    int n = line.length();
    for (Map.Entry<String, String> e : dialect.immediates().entrySet()) {
      String seq = e.getKey();
      boolean here = dialect.immediatesAnywhere() ? n >= seq.length() : n == seq.length();
      if (here && line.substring(n - seq.length()).equals(seq)) {
        line.setLength(n - seq.length());
        events.add(new PrinterEvent.Immediate(e.getValue()));
        return true;
      }
    }
    if (n >= 3 && line.charAt(n - 3) == ESC) {
      events.add(new PrinterEvent.Refused(line.substring(n - 3))); // another language's query
      line.setLength(n - 3);
      return true;
    }
    return false;
  }

  private void bitmap(List<PrinterEvent> events) {
    String text = line.toString();
    BitmapHeader h = dialect.header(text);
    if (h == null || h.size() > MAX_JOB_PAYLOAD) {
      // No data length to trust: refused with the rest of its line, read on from the next LF
      // rather than skip a length that could swallow every later job.
      badHeader = true;
      return;
    }
    line.setLength(0);
    String why = h.misfit(jobPayload, MAX_JOB_PAYLOAD);
    payloadLeft = h.size();
    payloadAt = 0;
    if (why != null) {
      events.add(new PrinterEvent.Refused(text + " (" + why + ")"));
      payload = null;
      return;
    }
    startJob(events);
    header = h;
    headerText = text;
    payload = new byte[(int) h.size()];
    jobPayload += h.size();
    job.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  private void endLine(List<PrinterEvent> events) {
    int n = line.length();
    String text = n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
    line.setLength(0);
    boolean refuse = lineTooLong || badHeader;
    String why = lineTooLong ? " (longer than " + MAX_LINE + " characters)" : "";
    lineTooLong = false;
    badHeader = false;
    if (!refuse && text.isBlank()) {
      return;
    }
    RasterCommand cmd = refuse ? new RasterCommand.Unknown() : dialect.command(text);
    if (cmd instanceof RasterCommand.Unknown) {
      events.add(new PrinterEvent.Refused(text + why));
      return;
    }
    startJob(events);
    job.writeBytes((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    if (cmd instanceof RasterCommand.Clear) {
      raster.clear();
    } else if (cmd instanceof RasterCommand.Print p) {
      events.add(new PrinterEvent.FormatCompleted(job.toByteArray(), contents(p.labels())));
      job.reset();
      inJob = false;
      jobPayload = 0; // the image stays for the next print until CLS / N, as on a printer
    }
  }

  private JobContents contents(int labels) {
    return new JobContents(RasterBarcodes.read(raster.page()), labels);
  }

  private void startJob(List<PrinterEvent> events) {
    if (!inJob) {
      inJob = true;
      events.add(new PrinterEvent.FormatStarted());
    }
  }
}
