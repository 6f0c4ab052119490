package org.scanstation.station.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.scanstation.station.app.LocalStation;
import org.scanstation.station.domain.tracking.Mod10;

/**
 * The supervisor page's end-of-day panel in a real headless Chromium: a wrong PIN closes nothing,
 * the right one closes the day's manifest, which is listed with its PDFs; the downloads are the
 * files the server made, and an addressee's markup is shown as text.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndOfDayBrowserIT {
  private static final String CERTIFIED = Mod10.withCheckDigit("940011189922320000001");
  private static final String PLAIN = Mod10.withCheckDigit("940011189922320000002");

  @TempDir static Path dir;
  private static TestStation station;
  private static LocalStation local;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() {
    station = new TestStation(dir.resolve("data"), EndOfDayFixture.ENV);
    local = station.station.station();
    EndOfDayFixture.importCertified(local, CERTIFIED, EndOfDayFixture.HOSTILE_NAME);
    local.accept(CERTIFIED, "ana", "desk");
    local.accept(PLAIN, "ana", "desk");
    browser = Browser.start(dir.resolve("downloads"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (station != null) {
      station.close();
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

  private static void unlock() {
    browser.get(station.url("/supervisor").toString());
    browser.findElement(By.id("supervisor-id")).sendKeys("sam");
    browser.findElement(By.id("pin")).sendKeys(TestStation.PIN + Keys.ENTER);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> browser.findElement(By.id("desk")).isDisplayed());
    browser.findElement(By.cssSelector("button[data-tab=eod]")).click();
  }

  /** The file a download link saved, as the browser saved it. */
  private static byte[] download(WebElement link, String name) {
    link.click();
    Path file = dir.resolve("downloads").resolve(name);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> Files.isRegularFile(file) && Files.size(file) > 0);
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String head(byte[] bytes, int n) {
    return new String(bytes, 0, Math.min(n, bytes.length), StandardCharsets.ISO_8859_1);
  }

  @Test
  @Order(1)
  void thePanelShowsWhatWaitsByService() {
    unlock();
    awaitText("eod-open", "2 pieces wait for the manifest of");
    awaitText("eod-services", "Priority Mail");
    assertThat(text("eod-services")).contains("no imported shipment");
  }

  @Test
  @Order(2)
  void aWrongPinAtTheCloseClosesNothingAndLocksThePage() {
    browser.findElement(By.id("close-pin")).sendKeys("0000" + Keys.ENTER);
    awaitText("unlock-error", "wrong supervisor PIN");
    assertThat(browser.findElement(By.id("desk")).isDisplayed()).isFalse();
    assertThat(local.manifests(10)).isEmpty();
  }

  @Test
  @Order(3)
  void theRightPinClosesTheManifestWhichIsListedWithItsPdfs() {
    unlock();
    awaitText("eod-open", "2 pieces wait");
    browser.findElement(By.id("close-pin")).sendKeys(TestStation.PIN + Keys.ENTER);
    awaitText("close-result", "Closed manifest station-1-");
    String id = local.manifests(1).get(0).id();
    assertThat(text("close-result")).contains(id).contains("2 pieces").contains("root ");
    awaitText("manifests", id);
    awaitText("eod-open", "Nothing waiting");
    WebElement row = browser.findElement(By.cssSelector("#manifests tbody tr:first-child"));
    assertThat(row.getText()).contains("sam").contains("2");
    byte[] handOff =
        download(row.findElement(By.cssSelector("td:nth-child(7) a")), "manifest-" + id + ".pdf");
    assertThat(head(handOff, 4)).isEqualTo("%PDF");
    byte[] firm =
        download(row.findElement(By.cssSelector("td:nth-child(8) a")), "firm-sheet-" + id + ".pdf");
    assertThat(head(firm, 4)).isEqualTo("%PDF");
  }

  @Test
  @Order(4)
  void theParcelViewOffersItsReceiptAndShowsAHostileAddresseeAsText() {
    browser.findElement(By.cssSelector("button[data-tab=parcel]")).click();
    browser.findElement(By.id("search")).sendKeys(CERTIFIED + Keys.ENTER);
    awaitText("p-facts", EndOfDayFixture.HOSTILE_NAME);
    assertThat(browser.findElements(By.cssSelector("#p-facts img, #manifests img"))).isEmpty();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> browser.findElement(By.id("p-receipt")).isDisplayed());
    byte[] receipt =
        download(browser.findElement(By.id("p-receipt-link")), "receipt-" + CERTIFIED + ".json");
    assertThat(new String(receipt, StandardCharsets.UTF_8))
        .contains(CERTIFIED)
        .contains(local.manifests(1).get(0).id());
  }
}
