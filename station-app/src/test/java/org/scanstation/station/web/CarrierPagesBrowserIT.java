package org.scanstation.station.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.scanstation.station.web.CarrierHistory.MESSAGE_WITH_HTML;
import static org.scanstation.station.web.CarrierHistory.event;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
import org.scanstation.station.domain.carrier.CarrierTag;

/**
 * The carrier read-back on the pages in a real headless Chromium: the supervisor's "not yet scanned
 * by USPS" panel, the parcel view's carrier timeline and the packer page's badge.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CarrierPagesBrowserIT {
  @TempDir static Path dir;
  private static TestStation station;
  private static ChromeDriver browser;
  private static String unscanned;
  private static String mailed;
  private static String exception;

  @BeforeAll
  static void start() {
    station = new TestStation(dir.resolve("data"), Map.of());
    CarrierHistory history = new CarrierHistory(station.station);
    Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2));
    unscanned = history.acceptedAt("940011189922319742850", twoDaysAgo);
    mailed = history.acceptedAt("940011189922319742851", twoDaysAgo);
    exception = history.acceptedAt("940011189922319742852", twoDaysAgo.plus(Duration.ofHours(6)));
    history.uspsSaid(
        mailed,
        CarrierTag.IN_TRANSIT,
        event(mailed, twoDaysAgo.plusSeconds(3600), "03", CarrierTag.IN_TRANSIT, "Accepted"),
        event(
            mailed, twoDaysAgo.plusSeconds(7200), "10", CarrierTag.IN_TRANSIT, MESSAGE_WITH_HTML));
    history.uspsSaid(
        exception,
        CarrierTag.EXCEPTION,
        event(exception, Instant.now(), "07", CarrierTag.EXCEPTION, MESSAGE_WITH_HTML));
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
  }

  private static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private static void awaitText(String id, String expected) {
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(text(id)).contains(expected));
  }

  private static List<String> column(String table, int index) {
    return browser.findElements(By.cssSelector("#" + table + " tbody tr")).stream()
        .map(tr -> tr.findElements(By.tagName("td")).get(index).getText())
        .toList();
  }

  @Test
  @Order(1)
  void thePanelListsTheParcelsUspsNeverScannedAndNotTheScannedOne() {
    browser.get(station.url("/supervisor").toString());
    browser.findElement(By.id("supervisor-id")).sendKeys("sam");
    browser.findElement(By.id("pin")).sendKeys(TestStation.PIN + Keys.ENTER);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> browser.findElement(By.id("desk")).isDisplayed());
    browser.findElement(By.cssSelector("button[data-tab=unscanned]")).click();

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> assertThat(column("unscanned", 0)).containsExactly(unscanned, exception));
    assertThat(text("unscanned-bands")).contains("1-3d\n2");
    assertThat(column("unscanned", 4)).containsOnly("ana");
    assertThat(column("unscanned", 6)).containsExactly("never read", "Exception");
    assertThat(column("anomalies", 0)).contains(exception);
  }

  @Test
  @Order(2)
  void aCarrierMessageWithHtmlIsShownAsTextAndCreatesNoElement() {
    awaitText("anomalies", MESSAGE_WITH_HTML);
    assertThat(browser.findElements(By.cssSelector("#tab-unscanned img"))).isEmpty();
  }

  @Test
  @Order(3)
  void theOlderThanSelectorNarrowsTheListButNotTheCounts() {
    browser.findElement(By.cssSelector("#unscanned-older option[value='3d']")).click();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(column("unscanned", 0)).isEmpty());
    assertThat(text("unscanned-bands")).contains("1-3d\n2");
    browser.findElement(By.cssSelector("#unscanned-older option[value='24h']")).click();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(column("unscanned", 0)).hasSize(2));
  }

  @Test
  @Order(4)
  void theParcelViewShowsTheCarrierTimelineWithTheProofOfMailing() {
    browser.findElement(By.cssSelector("#anomalies .number-link")).click();
    awaitText("p-facts", "ACCEPTED");
    browser.findElement(By.id("search")).clear();
    browser.findElement(By.id("search")).sendKeys(mailed + Keys.ENTER);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> assertThat(column("p-carrier", 1)).containsExactly("STATION", "USPS", "USPS"));
    assertThat(column("p-carrier", 6)).containsExactly("", "proof of mailing", "");
    WebElement proof = browser.findElement(By.cssSelector("#p-carrier tr.row-proof"));
    assertThat(proof.getText()).contains("03").contains("CHICAGO IL");
    assertThat(text("p-carrier-facts")).contains("Proof of mailing").contains("code 03");
    assertThat(column("p-carrier", 5)).contains(MESSAGE_WITH_HTML);
    assertThat(browser.findElements(By.cssSelector("#p-carrier img, #p-carrier-facts img")))
        .isEmpty();
  }

  @Test
  @Order(5)
  void thePackerBadgeShowsTheCountOverADay() {
    browser.get(station.url("/").toString());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> browser.findElement(By.id("badge-unscanned")).isDisplayed());
    WebElement badge = browser.findElement(By.id("badge-unscanned"));
    assertThat(badge.getText()).isEqualTo("Not scanned by USPS: 2");
    assertThat(badge.getAttribute("title")).contains("more than 24 hours ago");
  }
}
