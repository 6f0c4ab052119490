package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.domain.tracking.Mod10;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The end of a day at a desk that sends Certified Mail, through the commands a supervisor types: 40
 * imported shipments (12 of them Certified Mail, some with Return Receipt or Restricted Delivery)
 * accepted, the manifest closed, and its two documents read back as a clerk's scanner and eyes
 * would: the id's Code 128 and the root's QR code decode exactly, every piece is listed once, and
 * the firm sheet lists exactly the 12 accountable pieces in numerical order on two sheets. A later
 * close holds only the later parcels, and a receipt from the first manifest verifies against the
 * root read off its page.
 */
class EndOfDayPaperworkIT {
  private static final String PIN = "4321";
  private static final Pattern ARTICLE = Pattern.compile("(?<!\\d)(\\d{4} ){5}\\d{2}(?!\\d)");

  @TempDir Path dir;

  private CliRun station(String... args) {
    Map<String, String> env = new HashMap<>();
    env.put("STATION_SUPERVISOR_PIN", PIN);
    env.put("STATION_PIN", PIN);
    env.put("STATION_MANIFEST_ORIGIN_ZIP", "38118");
    env.put("STATION_MAILER_NAME", "Acme Legal Notices");
    env.put("STATION_MAILER_ADDRESS", "1 Dock Rd|Memphis, TN 38118");
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data-dir";
    all[args.length + 1] = dir.toString();
    return CliRun.run(new byte[0], env, all);
  }

  /** Certified pieces are 0..11 (every third with return receipt, every fourth restricted). */
  private static String number(int i) {
    String stc = i < 12 ? "071" : "055";
    return Mod10.withCheckDigit("94" + stc + "111899223" + String.format("%07d", 3000000 + i * 37));
  }

  private List<String> importAndAccept(int from, int to) throws Exception {
    StringBuilder csv =
        new StringBuilder(
            "tracking_number,order_id,service,extra_services,to_name,to_street1,to_city,"
                + "to_state,to_zip\n");
    List<String> numbers = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String extras = "";
      String service = "priority-mail";
      if (i < 12) {
        service = "first-class-mail";
        extras = (i % 4 == 0 ? "certified-restricted-delivery" : "certified");
        extras += i % 3 == 0 ? ";return-receipt" : "";
      }
      numbers.add(number(i));
      csv.append(number(i))
          .append(",o-")
          .append(i)
          .append(',')
          .append(service)
          .append(',')
          .append(extras)
          .append(",\"Addressee ")
          .append(i)
          .append(" <b>&amp;\",")
          .append(i)
          .append(" Main St,Memphis,TN,3810")
          .append(i % 10)
          .append('\n');
    }
    Path file = dir.resolve("orders-" + from + ".csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    CliRun imported = station("import", "shipments", file.toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    List<String> accept = new ArrayList<>(List.of("accept", "--operator", "ana"));
    accept.addAll(numbers);
    CliRun accepted = station(accept.toArray(String[]::new));
    assertThat(accepted.exit()).as(accepted.err() + accepted.out()).isZero();
    return numbers;
  }

  @Test
  void fortyParcelsTwelveCertifiedMakeAManifestAndATwoSheetFirmBookThatReadBackExactly()
      throws Exception {
    List<String> numbers = importAndAccept(0, 40);
    JsonNode manifest = close();
    String id = manifest.get("id").asString();
    String root = manifest.get("root").asString();
    assertThat(manifest.get("pieces").asInt()).isEqualTo(40);
    assertThat(manifest.get("byService").get("first-class-mail").asInt()).isEqualTo(12);
    assertThat(manifest.get("byService").get("priority-mail").asInt()).isEqualTo(28);

    byte[] handOff = pdf("pdf", id);
    List<String> pages = pageTexts(handOff);
    assertThat(decode(handOff, BarcodeFormat.CODE_128)).isEqualTo(id);
    String rootOnPage = decode(handOff, BarcodeFormat.QR_CODE);
    assertThat(rootOnPage).isEqualToIgnoringCase(root);
    List<String> listed = articles(String.join("\n", pages));
    assertThat(listed).containsExactlyInAnyOrderElementsOf(numbers);
    assertThat(pages.get(pages.size() - 1))
        .contains("Page " + pages.size() + " of " + pages.size());
    String all = String.join("\n", pages);
    assertThat(all).contains("First-Class Mail").contains("Priority Mail").contains("40");

    byte[] firm = pdf("firm-sheet", id);
    List<String> sheets = pageTexts(firm);
    List<String> certified = numbers.subList(0, 12).stream().sorted().toList();
    assertThat(sheets).hasSize(2);
    assertThat(articles(sheets.get(0))).containsExactlyElementsOf(certified.subList(0, 10));
    assertThat(articles(sheets.get(1))).containsExactlyElementsOf(certified.subList(10, 12));
    for (String sheet : sheets) {
      assertThat(sheet).contains("Acme Legal Notices").contains("1 Dock Rd");
      assertThat(sheet).containsIgnoringCase("postmaster");
    }
    assertThat(String.join("\n", sheets)).doesNotContain("<b>&amp;\"").contains("Addressee 4");

    // the receipt of a certified piece verifies offline against the root read off the page
    Path receipt = dir.resolve("receipt.json");
    CliRun written =
        station("receipt", numbers.get(4), "--format", "json", "--out", receipt.toString());
    assertThat(written.exit()).as(written.err()).isZero();
    CliRun verified =
        CliRun.run(
            new byte[0], Map.of(), "verify-receipt", receipt.toString(), "--root", rootOnPage);
    assertThat(verified.exit()).as(verified.err() + verified.out()).isZero();

    // later parcels wait for the next manifest; a day with nothing new is a message, not a PDF
    List<String> later = importAndAccept(40, 43);
    JsonNode second = close();
    assertThat(second.get("pieces").asInt()).isEqualTo(3);
    assertThat(articles(String.join("\n", pageTexts(pdf("pdf", second.get("id").asString())))))
        .containsExactlyInAnyOrderElementsOf(later);
    CliRun noAccountable =
        station("manifest", "firm-sheet", second.get("id").asString(), "--out", "-");
    assertThat(noAccountable.exit()).isEqualTo(1);
    assertThat(noAccountable.err()).contains("no accountable piece");
    CliRun empty = station("manifest", "close", "--operator", "sup");
    assertThat(empty.exit()).isEqualTo(ManifestCommand.NOTHING_TO_CLOSE);
    assertThat(empty.err()).contains("nothing to close");

    // what was handed off stays as it was: a changed shipment of a manifested parcel is refused
    Path changed = dir.resolve("changed.csv");
    Files.writeString(
        changed,
        "tracking_number,order_id,service,to_name,to_street1,to_city,to_state,to_zip\n"
            + numbers.get(4)
            + ",o-4,first-class-mail,Someone Else,9 Other St,Memphis,TN,38104\n",
        StandardCharsets.UTF_8);
    CliRun reimport = station("import", "shipments", changed.toString());
    assertThat(reimport.err())
        .contains("changed.csv line 2")
        .contains("handed off on manifest " + id);
    assertThat(JsonMapper.shared().readTree(reimport.out()).get("updated").asInt()).isZero();
    assertThat(station("manifest", "show", id).out())
        .contains("Addressee 4")
        .doesNotContain("Someone");

    CliRun verify = station("verify");
    assertThat(verify.exit()).as(verify.out()).isZero();
    assertThat(verify.out()).contains("\"manifests\" : 2");
  }

  private JsonNode close() {
    CliRun close = station("manifest", "close", "--operator", "sup");
    assertThat(close.exit()).as(close.err()).isZero();
    return JsonMapper.shared().readTree(close.out());
  }

  private byte[] pdf(String document, String id) throws Exception {
    Path out = dir.resolve(document + "-" + id + ".pdf");
    CliRun run = station("manifest", document, id, "--out", out.toString(), "--paper", "letter");
    assertThat(run.exit()).as(run.err()).isZero();
    return Files.readAllBytes(out);
  }

  private static List<String> articles(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = ARTICLE.matcher(text);
    while (m.find()) {
      out.add(m.group().replace(" ", ""));
    }
    return out;
  }

  private static List<String> pageTexts(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(doc));
      }
      return pages;
    }
  }

  private static BufferedImage image(byte[] pdf, int dpi) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.GRAY);
    }
  }

  /**
   * The symbol on the first page, read as a scanner held at a few distances would: ZXing's finder
   * misses a QR now and then at one pixel pitch and finds it at the next.
   */
  private static String decode(byte[] pdf, BarcodeFormat format) throws Exception {
    for (int dpi : new int[] {200, 216, 300}) {
      try {
        return read(image(pdf, dpi), format);
      } catch (com.google.zxing.NotFoundException e) {
        // try the next resolution
      }
    }
    BufferedImage page = image(pdf, 200);
    Path png = Path.of("target", "unreadable-" + format + ".png");
    javax.imageio.ImageIO.write(page, "png", png.toFile());
    throw new AssertionError("no " + format + " found on the page at any resolution: see " + png);
  }

  private static String read(BufferedImage image, BarcodeFormat format) throws Exception {
    Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
    hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(format));
    hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    return new MultiFormatReader().decode(bitmap, hints).getText();
  }
}
