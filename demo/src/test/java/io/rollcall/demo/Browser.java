package io.rollcall.demo;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A real headless Chromium driven by Playwright: the system's Chromium (Debian's package {@code
 * chromium}, which {@code .ci/run} installs; {@code ROLLCALL_CHROMIUM} names another binary), never
 * a browser Playwright would download. The flags keep Chromium off the network it cannot reach here
 * (PLATFORM: background networking, component updates and sync are refused by this machine's closed
 * network).
 */
final class Browser implements AutoCloseable {
  private static final List<String> FLAGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  private final Playwright playwright;
  final com.microsoft.playwright.Browser chromium;

  /**
   * Starts Chromium.
   *
   * @throws IllegalStateException when no Chromium binary is installed
   */
  Browser() {
    Path binary = Path.of(System.getenv().getOrDefault("ROLLCALL_CHROMIUM", "/usr/bin/chromium"));
    if (!Files.isExecutable(binary)) {
      throw new IllegalStateException(
          "no Chromium at "
              + binary
              + ": install Debian's package chromium (.ci/run does) or set ROLLCALL_CHROMIUM");
    }
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    chromium =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(binary)
                    .setHeadless(true)
                    .setArgs(FLAGS));
  }

  @Override
  public void close() {
    chromium.close();
    playwright.close();
  }
}
