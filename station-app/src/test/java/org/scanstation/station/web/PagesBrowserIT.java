package org.scanstation.station.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.scanstation.simulator.printer.JobState;
import org.scanstation.simulator.printer.PrintJob;
import org.scanstation.simulator.printer.PrinterSettings;
import org.scanstation.simulator.printer.SimulatedPrinter;
import org.scanstation.simulator.scanner.ScannerSettings;
import org.scanstation.simulator.scanner.SimulatedScanner;
import org.scanstation.station.domain.tracking.Mod10;

/**
 * The packer and supervisor screens in a real headless Chromium, against a whole station whose
 * serial scanner is the simulator's on a pty.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesBrowserIT {
  private static final String N1 = Mod10.withCheckDigit("940011189922310000001");
  private static final String N2 = Mod10.withCheckDigit("940011189922310000002");

  @TempDir static Path dir;
  private static SimulatedScanner scanner;
  private static SimulatedPrinter printer;
  private static TestStation station;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() {
    Path tty = dir.resolve("tty-desk1");
    scanner = SimulatedScanner.onPty(tty, ScannerSettings.defaults());
    printer =
        SimulatedPrinter.onTcp(
            InetAddress.getLoopbackAddress(),
            0,
            PrinterSettings.defaults().withPerLabel(Duration.ofMillis(10)));
    station =
        new TestStation(
            dir.resolve("data"),
            Map.of(
                "STATION_SCANNERS", "desk-1=serial:" + tty + "?suffix=CR",
                "STATION_PRINTERS", "printer-1=tcp://127.0.0.1:" + printer.port(),
                "STATION_PRINTER_POLL_INTERVAL", "20ms"));
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (station != null) {
      station.close();
    }
    if (scanner != null) {
      scanner.close();
    }
    if (printer != null) {
      printer.close();
    }
  }

  /** With -Dstation.screenshots=DIR, keeps a picture of each step (for docs and debugging). */
  private static void picture(String name) throws java.io.IOException {
    String to = System.getProperty("station.screenshots");
    if (to != null) {
      byte[] png = browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
      java.nio.file.Files.createDirectories(Path.of(to));
      java.nio.file.Files.write(Path.of(to, name + ".png"), png);
    }
  }

  private static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private static void awaitText(String id, String expected) {
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(text(id)).contains(expected));
  }

  private static void scanInPage(String raw) {
    WebElement input = browser.findElement(By.id("scan"));
    input.sendKeys(raw + Keys.ENTER);
  }

  @Test
  @Order(1)
  void aPackerSignsInAndScansLikeAWedgeScanner() throws Exception {
    browser.get(station.url("/").toString());
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> browser.findElement(By.id("sign-in")).isDisplayed());
    browser.findElement(By.id("operator-id")).sendKeys("ana" + Keys.ENTER);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> browser.findElement(By.id("scan")).isDisplayed());
    awaitText("operator", "ana");

    scanInPage(N1);
    awaitText("result-word", "ACCEPTED");
    awaitText("result-number", N1.substring(0, 4) + " " + N1.substring(4, 8));
    assertThat(browser.findElement(By.id("result")).getAttribute("class"))
        .contains("result-accepted");
    awaitText("count-accepted", "1");
    awaitText("count-printed", "1");
    awaitText("badge-printer", "printer-1 ready");
    picture("1-accepted");
  }

  @Test
  @Order(2)
  void theSameParcelAgainIsADuplicateNamingTheFirstAcceptance() {
    scanInPage(N1.substring(0, 4) + " " + N1.substring(4)); // typed with a space
    awaitText("result-word", "DUPLICATE");
    awaitText("result-detail", "by ana at station-1");
    assertThat(browser.findElement(By.id("result")).getAttribute("class"))
        .contains("result-duplicate");
  }

  @Test
  @Order(3)
  void aBadCheckDigitIsRejectedWithTheReasonInPlainWords() throws Exception {
    String wrong = N2.substring(0, 21) + ((N2.charAt(21) - '0' + 1) % 10);
    scanInPage(wrong);
    awaitText("result-word", "REJECTED");
    awaitText("result-detail", "check digit wrong");
    awaitText("count-rejected", "1");
    picture("3-rejected");
  }

  @Test
  @Order(4)
  void aScriptInABarcodeIsShownAsText() {
    String hostile = "<script>document.title='owned'</script><img src=x onerror=alert(1)>";
    scanInPage(hostile);
    awaitText("result-word", "REJECTED");
    awaitText("result-number", "<script>document.title");
    assertThat(browser.getTitle()).isEqualTo("Scan Station");
    assertThat(browser.findElements(By.cssSelector("#result script, #result img, #recent img")))
        .isEmpty();
  }

  @Test
  @Order(5)
  void aScanFromTheSerialScannerAppearsLive() {
    assertThat(scanner.scan(N2)).isTrue();
    awaitText("result-word", "ACCEPTED");
    awaitText("result-number", N2.substring(0, 4) + " ");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              List<WebElement> first =
                  browser.findElements(By.cssSelector("#recent tbody tr:first-child td"));
              assertThat(first.get(4).getText()).isEqualTo("desk-1");
            });
    awaitText("badge-scanners", "1 connected");
  }

  @Test
  @Order(6)
  void theSupervisorScreenRefusesAWrongPin() {
    browser.get(station.url("/supervisor").toString());
    browser.findElement(By.id("supervisor-id")).sendKeys("sam");
    browser.findElement(By.id("pin")).sendKeys("0000" + Keys.ENTER);
    awaitText("unlock-error", "wrong supervisor PIN");
    assertThat(browser.findElement(By.id("desk")).isDisplayed()).isFalse();
  }

  @Test
  @Order(7)
  void theSupervisorLooksUpAParcelAndReprintsItWithAReason() throws Exception {
    browser.findElement(By.id("pin")).clear();
    browser.findElement(By.id("pin")).sendKeys(TestStation.PIN + Keys.ENTER);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> browser.findElement(By.id("desk")).isDisplayed());
    // the page opens on the overview; the lookup is the Parcel tab
    browser.findElement(By.cssSelector("button[data-tab=parcel]")).click();
    browser.findElement(By.id("search")).sendKeys(N1 + Keys.ENTER);
    awaitText("p-facts", "ACCEPTED");
    awaitText("p-facts", "ana");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              Object w =
                  browser.executeScript("return document.getElementById('p-label').naturalWidth");
              return w instanceof Number n && n.intValue() == 812;
            });
    new Select(browser.findElement(By.id("reprint-printer"))).selectByIndex(0);
    browser.findElement(By.id("reprint-reason")).sendKeys("label smudged" + Keys.ENTER);
    awaitText("reprint-result", "Reprint job");
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> assertThat(text("reprint-result")).contains("PRINTED").contains("printer READY"));
    // The reprint is a new job at the printer with the very bytes of the first print.
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              List<PrintJob> ofN1 =
                  printer.jobs(JobState.PRINTED).stream()
                      .filter(j -> j.barcodes().stream().anyMatch(b -> b.data().endsWith(N1)))
                      .toList();
              assertThat(ofN1).hasSize(2);
              assertThat(ofN1.get(1).zpl()).isEqualTo(ofN1.get(0).zpl());
            });
    browser.findElement(By.cssSelector("button[data-tab=audit]")).click();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(text("audit"))
                    .contains("REPRINT")
                    .contains("label smudged")
                    .contains("sam")
                    .contains("PIN_REFUSED"));
    browser.findElement(By.cssSelector("button[data-tab=parcel]")).click();
    picture("7-supervisor");
  }
}
