package org.scanstation.station.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.scanstation.simulator.shift.ExpectedScan;
import org.scanstation.simulator.shift.Outcome;
import org.scanstation.station.demo.Demo;
import org.scanstation.station.demo.ShiftReport;

/**
 * The supervisor's overview in a real headless Chromium after a simulated shift (the simulator's
 * pty scanner, TCP printer and HTTP backend): its counts are the shift's, by result and by reason,
 * the chart's bars add up to every scan, and it follows new scans without a reload. Leaves a
 * screenshot in {@code target/overview.png} (the one in docs/operations.md comes from it).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OverviewBrowserIT {
  @TempDir static Path dir;
  private static Demo.Running demo;
  private static ShiftReport shift;
  private static List<ExpectedScan> plan;
  private static ChromeDriver browser;

  @BeforeAll
  static void runAShift() throws Exception {
    Demo d =
        new Demo(dir.resolve("demo"), 0, Duration.ofSeconds(4), 40, 11, Duration.ofMillis(5), 100);
    plan = d.plan();
    demo = d.start(line -> {});
    shift = demo.driver().run(plan, 40, false, Duration.ofSeconds(60));
    // the page must show what the station answered (a loaded machine may drop a scan the plan
    // expected to be accepted: that is the shift's business, not the overview's)
    assertThat(shift.results()).isEqualTo(shift.scansSent());
    browser = Browser.start();
    browser.manage().window().setSize(new Dimension(1400, 1000));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (demo != null) {
      demo.close();
    }
  }

  private static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private static Map<String, String> reasons() {
    Map<String, String> out = new HashMap<>();
    for (WebElement tr : browser.findElements(By.cssSelector("#ov-reasons tbody tr"))) {
      List<WebElement> td = tr.findElements(By.tagName("td"));
      out.put(td.get(0).getText(), td.get(1).getText());
    }
    return out;
  }

  private static long bars() {
    return browser.findElements(By.cssSelector("#ov-chart rect[data-count]")).stream()
        .mapToLong(r -> Long.parseLong(r.getAttribute("data-count")))
        .sum();
  }

  /** Numbers this station accepts (its Mailer IDs) that the shift did not scan. */
  private static List<String> freshNumbers(int n) {
    Set<String> used = new HashSet<>();
    plan.forEach(e -> used.add(e.trackingNumber()));
    Demo other = new Demo(dir.resolve("other"), 0, Duration.ofSeconds(4), 40, 99, Duration.ZERO, 1);
    return other.plan().stream()
        .filter(e -> e.expected() == Outcome.ACCEPTED && !used.contains(e.trackingNumber()))
        .map(ExpectedScan::trackingNumber)
        .distinct()
        .limit(n)
        .toList();
  }

  @Test
  @Order(1)
  void afterUnlockingTheSupervisorSeesTheShiftsCounts() throws Exception {
    browser.get(demo.station().url().resolve("/supervisor").toString());
    browser.findElement(By.id("supervisor-id")).sendKeys("sam");
    browser.findElement(By.id("pin")).sendKeys("1234" + Keys.ENTER);
    long rejected = shift.rejectedByReason().values().stream().mapToLong(Integer::longValue).sum();
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              assertThat(text("ov-accepted")).isEqualTo(String.valueOf(shift.accepted()));
              assertThat(text("ov-duplicates")).isEqualTo(String.valueOf(shift.duplicates()));
              assertThat(text("ov-rejected")).isEqualTo(String.valueOf(rejected));
            });
    assertThat(shift.accepted()).isPositive();
    assertThat(shift.duplicates()).isPositive();
    assertThat(rejected).isPositive();
    Map<String, String> expected = new HashMap<>();
    shift.rejectedByReason().forEach((k, v) -> expected.put(k, String.valueOf(v)));
    assertThat(reasons()).isEqualTo(expected);
    assertThat(bars()).isEqualTo(shift.accepted() + shift.duplicates() + rejected);
    assertThat(text("ov-printers")).contains("READY");
    assertThat(text("ov-outbox")).contains("Waiting");
  }

  @Test
  @Order(2)
  void newScansFromAnotherDeskAppearWithoutAReload() throws Exception {
    long before = Long.parseLong(text("ov-accepted"));
    var station = demo.station().station();
    for (String raw : freshNumbers(2)) {
      assertThat(station.accept(raw, "bob", "desk-2").result()).isEqualTo("ACCEPTED");
    }
    station.accept("9400", "bob", "desk-2");

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              assertThat(text("ov-accepted")).isEqualTo(String.valueOf(before + 2));
              assertThat(reasons()).containsKey("WRONG_LENGTH");
              assertThat(text("ov-legend")).contains("desk-2");
            });
    browser.findElement(By.cssSelector("#ov-by option[value=operator]")).click();
    assertThat(text("ov-legend")).contains("bob");
    assertThat(text("ov-hours")).contains("bob");
    browser.findElement(By.cssSelector("#ov-by option[value=desk]")).click();
    Files.copy(
        browser.getScreenshotAs(OutputType.FILE).toPath(),
        Path.of("target", "overview.png"),
        StandardCopyOption.REPLACE_EXISTING);
  }
}
