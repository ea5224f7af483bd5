package io.rollcall.demo;

import static io.rollcall.demo.SeedScenario.ALICE;
import static io.rollcall.demo.SeedScenario.CAROL;
import static io.rollcall.demo.SeedScenario.DAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a person sees on the attendance page ({@code /ui/}) of the played seed scenario, in a real
 * Chromium: one row per person and per unresolved connection, a bar per session, each flag with its
 * plain-language explanation, the filters, a person's page, the CSV download, a refused key, and
 * the phone layout. Screenshots go to {@code target/screenshots/}.
 */
final class AttendancePageCheck {
  private final String baseUrl;
  private final String apiKey;
  private final String meetingId;
  private final Path screenshots;

  AttendancePageCheck(String baseUrl, String apiKey, String meetingId, Path screenshots) {
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
    this.meetingId = meetingId;
    this.screenshots = screenshots;
  }

  void run() throws IOException {
    Files.createDirectories(screenshots);
    try (Browser browser = new Browser()) {
      desktop(browser);
      phone(browser);
      refusedKey(browser);
    }
  }

  private void desktop(Browser browser) throws IOException {
    try (BrowserContext context =
        browser.chromium.newContext(
            new NewContextOptions().setViewportSize(1280, 860).setAcceptDownloads(true))) {
      Page page = context.newPage();
      Page.NavigateOptions wait = new Page.NavigateOptions();
      page.navigate(baseUrl + "/ui/#/meetings/" + meetingId + "/latest", wait);
      signIn(page);

      Locator rows = page.locator("table.people tbody tr");
      rows.first().waitFor();
      assertThat(rows.count()).as("one row per person or unresolved connection").isEqualTo(6);
      assertThat(row(page, CAROL.ref()).locator(".seg").count())
          .as("Carol's two sessions")
          .isEqualTo(2);
      assertThat(row(page, ALICE.ref()).locator(".seg").count()).isEqualTo(1);
      assertThat(row(page, ALICE.ref()).locator("[data-method]").innerText())
          .isEqualTo("Personal registration link");
      assertThat(row(page, DAN.ref()).locator(".flag").allInnerTexts())
          .containsExactly("Shared link");
      assertThat(row(page, ALICE.ref()).locator(".reported").innerText())
          .isEqualTo("in Zoom as " + SeedScenario.ALICE_CLIENT_NAME);
      assertThat(page.locator("tr[data-unresolved=true] .flag").allInnerTexts())
          .contains("Not invited", "Shared link", "Name differs");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(screenshots.resolve("attendance-seed.png"))
              .setFullPage(true));

      // Every flag explains itself in plain words, to the mouse and to the keyboard.
      Locator uninvited = page.locator(".flag[data-flag=uninvited]").first();
      uninvited.focus();
      Locator tip = page.locator("#" + uninvited.getAttribute("aria-describedby"));
      assertThat(tip.isVisible()).isTrue();
      assertThat(tip.innerText()).contains("assign the connection");

      page.getByLabel("Unresolved only").check();
      PlaywrightAssertions.assertThat(rows).hasCount(2);
      page.getByLabel("Unresolved only").uncheck();
      page.getByLabel("Needs a look only").check();
      PlaywrightAssertions.assertThat(rows).hasCount(3); // Dan, Erin and the guest
      page.getByLabel("Needs a look only").uncheck();
      page.getByLabel("Search").fill("carol");
      PlaywrightAssertions.assertThat(rows).hasCount(1);
      page.getByLabel("Search").fill("");
      PlaywrightAssertions.assertThat(rows).hasCount(6);

      Download csv = page.waitForDownload(() -> page.locator("#download-csv").click());
      String text = Files.readString(csv.path());
      assertThat(text).contains(ALICE.ref()).contains(CAROL.ref());

      row(page, ALICE.ref()).locator("a[href^='#/people/']").click();
      page.locator("h1:has-text('Attendance of')").waitFor();
      PlaywrightAssertions.assertThat(page.locator("table.people tbody tr")).hasCount(1);
      page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("person.png")));
    }
  }

  private void phone(Browser browser) {
    try (BrowserContext context =
        browser.chromium.newContext(
            new NewContextOptions().setViewportSize(390, 844).setIsMobile(true))) {
      Page page = context.newPage();
      page.navigate(baseUrl + "/ui/#/meetings/" + meetingId + "/latest");
      signIn(page);
      page.locator("table.people tbody tr").first().waitFor();
      int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
      assertThat(width).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(screenshots.resolve("attendance-phone.png"))
              .setFullPage(true));
    }
  }

  private void refusedKey(Browser browser) {
    try (BrowserContext context = browser.chromium.newContext()) {
      Page page = context.newPage();
      page.navigate(baseUrl + "/ui/#/meetings/" + meetingId + "/latest");
      page.getByLabel("API key").fill("not-a-key");
      page.getByLabel("API key").press("Enter");
      page.locator("#status:has-text('not accepted')").waitFor();
      assertThat(page.locator("table.people").count()).isZero();
    }
  }

  private void signIn(Page page) {
    page.getByLabel("API key").fill(apiKey);
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Sign in"))
        .click();
  }

  private static Locator row(Page page, String ref) {
    return page.locator("tr[data-ref='" + ref + "']");
  }
}
